"""Speaker attribution, stop 70: science and health news, and sports news.

Ten short articles written for this test (five of each kind, in the house styles of such outlets: curly or straight
quotation marks, 'said the study's lead author', 'wrote the authors in The Lancet', 'told BBC Sport', 'said the
24-year-old', 'the Spaniard said'). Every speech quotation was labelled by hand before the library was run on the
articles, with the conventions of ``benchmarks/bench_speakers.py``: the fullest name the article gives, without
courtesy or office titles; an organisation for its documents; an unnamed speaker's description without its article.
A label is the opening words of the quotation (after the mark) and the speaker."""

from discourse.quotes import find_quote_spans
from tests.speaker_articles import score

SCIENCE = [
    ("""Daily walk cuts risk of heart failure by a fifth, study finds

People who walk for half an hour a day are about a fifth less likely to develop heart failure than those who rarely walk, according to a study of more than 90,000 adults.

The research, published in the European Heart Journal, followed participants in the Northfield Health Cohort for an average of eleven years. Those who walked briskly gained the most.

“Even modest amounts of walking were linked to a clear fall in risk,” said the study’s lead author, Dr Ann Roe of Kessington University. “We saw the benefit at every age we looked at.”

The team adjusted for smoking, weight and income, but the authors caution that the study was observational. “We cannot rule out that people who were already healthier walked more,” they write.

Prof Marcus Hale, a cardiologist at St Bride’s Hospital in London, who was not involved in the study, said the findings were “reassuring but not surprising”.

“What matters is that walking is free and almost anyone can do it,” Hale said. “The challenge is getting people to keep it up.”

The British Heart Foundation welcomed the research. Its associate medical director, Dr Priya Nair, said: “This adds to a large body of evidence that staying active protects the heart.”

According to the paper, the link held for both men and women, and was “strongest among people over 65”.

Roe said the team now planned to test whether a walking programme could reduce the risk directly. The trial is due to start next year in four cities.
""", [("Even modest", "Ann Roe"), ("We saw", "Ann Roe"), ("We cannot", "authors"),
      ("reassuring", "Marcus Hale"), ("What matters", "Marcus Hale"), ("The challenge", "Marcus Hale"),
      ("This adds", "Priya Nair"), ("strongest", "authors")]),
    ("""Salt substitute lowers stroke risk in older adults, trial shows

Replacing ordinary table salt with a potassium-enriched substitute reduced strokes by 14% among older adults in care homes, a large trial has found.

The trial, which enrolled 21,000 residents of 600 care homes in three countries, was led by researchers at the Meridian Institute for Global Health in Sydney.

"These results suggest a simple, cheap change to the food supply could prevent a great many strokes," wrote the authors in The Lancet.

Participants who used the substitute also had lower blood pressure, the researchers report. "The effect appeared within six months and persisted for the five years of follow-up," they write.

Prof Li Wen, the trial's principal investigator, told reporters the team had been surprised by the size of the effect. "We expected a benefit, but not one this large," she said.

Not everyone is convinced the findings apply more widely. Dr Tomas Berg, an epidemiologist at Uppsala University, who was not involved in the research, said: "Care home residents eat food prepared for them, so the switch was easy to enforce. In the community it would be far harder."

The World Health Organization said in a statement that it would review the evidence. "Reducing sodium remains one of the most cost-effective ways to cut deaths from heart disease," the statement said.

Berg added that people with kidney disease should not use potassium-based substitutes without medical advice. "For them, extra potassium can be dangerous," he said.
""", [("These results", "authors"), ("The effect", "researchers"), ("We expected", "Li Wen"),
      ("Care home", "Tomas Berg"), ("Reducing sodium", "World Health Organization"), ("For them", "Tomas Berg")]),
    ("""Bumblebees learn to solve puzzles by watching others

Bumblebees can learn to open a two-step puzzle box by watching a trained bee do it, even when they cannot solve it alone, researchers have found.

The study, published on Wednesday in Nature, tested 40 colonies at a laboratory in Sussex.

“It was long assumed that this kind of social learning was special to humans and perhaps a few other primates,” said Dr Alice Fenwick, a behavioural ecologist at Queen Mary University of London and the study’s first author.

In the experiments, bees had to push a blue tab before they could rotate a red lid to reach a sugar reward. None of the untrained bees solved the box in 24 days of trying. But after watching a trained “demonstrator” bee, many of them did.

“What surprised us was how quickly they picked it up,” said the study’s senior author, Prof Lars Okafor. “Some bees managed it after watching only a handful of times.”

Sarah Whitlock, a zoologist at the University of Bristol, who was not involved in the study, said the experiments were “elegantly designed”.

Whitlock, who has studied bee cognition for two decades, said: “This is a big step. It shows that culture-like behaviour might not require a large brain.”

The researchers caution that the tasks were artificial. “We don’t yet know how often this happens in the wild,” Fenwick said.
""", [("It was long", "Alice Fenwick"), ("What surprised", "Lars Okafor"), ("Some bees", "Lars Okafor"),
      ("elegantly", "Sarah Whitlock"), ("This is a big", "Sarah Whitlock"), ("We don’t yet", "Alice Fenwick")]),
    ("""Waiting times for cancer tests rise for third year

Patients in England are waiting longer for cancer tests than at any time in the past decade, according to an analysis by the Health Policy Trust.

The report found that one in four patients referred urgently waited more than six weeks for a diagnosis, against a target of four. "Delays of this length can mean the difference between a curable and an incurable cancer," it says.

One of the report's authors, Dr Kevin Marsh, told BBC News the figures were "deeply worrying".

"Staff are working incredibly hard, but there simply are not enough scanners or radiologists," he said.

A Department of Health and Social Care spokesperson said: "We are investing £2.3bn in new diagnostic centres, which have already delivered more than a million tests."

Cancer charities said the government's plans did not go far enough. Michelle Tran, chief executive of Cancer Support UK, said: "Behind every number is a person waiting anxiously for news. They deserve better."

The report calls for a ten-year workforce plan for diagnostic staff. "Without more people, new machines will sit idle," the authors warn.

NHS England said waiting times had improved in recent months. A spokeswoman said the service was "seeing record numbers of patients".
""", [("Delays of", "Health Policy Trust"), ("deeply", "Kevin Marsh"), ("Staff are", "Kevin Marsh"),
      ("We are investing", "Department of Health and Social Care spokesperson"), ("Behind every", "Michelle Tran"),
      ("Without more", "authors"), ("seeing record", "NHS England spokeswoman")]),
    ("""Microplastics found in human placentas at rising levels

Scientists have found higher levels of microplastics in human placentas collected in 2021 than in samples from a decade earlier.

Writing in the journal Environmental Health Perspectives, the team said the particles were “ubiquitous” in the 62 samples they tested.

“We found plastic in every single placenta,” said Matthew Gardiner, a professor of pathology at the University of New Mexico who led the research.

The researchers wrote that the health consequences were “not yet known” but called for further study.

Dr Ruth Oyelaran, a toxicologist at King’s College London, said it was important not to alarm pregnant women. “There is no evidence at present that these particles harm the baby,” she said.

Gardiner said his laboratory was now studying whether plastic levels were linked to birth weight. “That is the question every parent will ask, and we want to answer it,” the pathologist said.

In an editorial accompanying the paper, the journal’s editor, Prof Helen Adair, wrote: “This study should be a wake-up call.”
""", [("ubiquitous", "team"), ("We found plastic", "Matthew Gardiner"), ("not yet known", "researchers"),
      ("There is no", "Ruth Oyelaran"), ("That is the", "Matthew Gardiner"), ("This study should", "Helen Adair")]),
]

SPORTS = [
    ("""Rovers 2-1 City: Marquez double sends Rovers top

Diego Marquez scored twice as Harbour Rovers came from behind to beat Castleton City and go top of the Championship.

City led through Sam Okoro's header, but Marquez equalised with a low shot before half-time and won it with a penalty in the 88th minute.

"It was a difficult game, but we showed character," Marquez told BBC Sport. "The fans pushed us all the way."

The Spaniard, who joined from Valencia in the summer, now has nine goals this season.

Rovers manager Neil Ashby praised his side's response. "At half-time I told them to stay calm and keep passing," he said. "They did exactly that."

City boss Gareth Lowe felt the penalty decision was harsh. "I've seen it again and for me it's never a penalty," Lowe said after the game.

"We were the better side for an hour," the 52-year-old added. "To lose like that is hard to take."

Okoro, 21, was making only his third start. "I'm gutted for the lads," said the defender.
""", [("It was a difficult", "Diego Marquez"), ("The fans", "Diego Marquez"), ("At half-time", "Neil Ashby"),
      ("They did", "Neil Ashby"), ("I've seen", "Gareth Lowe"), ("We were the better", "Gareth Lowe"),
      ("To lose", "Gareth Lowe"), ("I'm gutted", "Sam Okoro")]),
    ("""Vidal beats Kerr to reach Wimbledon quarter-finals

Carlos Vidal reached the Wimbledon quarter-finals for the first time with a 6-4 6-7 7-5 6-3 victory over Britain's Tom Kerr on Monday.

The 24-year-old Spaniard saved 11 of the 13 break points he faced and served 19 aces on Centre Court.

"It's a dream for me to play on this court," said Vidal. "The crowd was against me, which is normal, but they were fair."

"I'm very proud of how I fought today," said the 24-year-old.

Kerr, the last British man in the draw, had hoped to become the first home player since 2017 to reach the last eight.

"He was just too good on the big points," Kerr told reporters. "I had my chances in the third set and didn't take them."

The veteran, who turns 33 next month, said he had not decided whether he would play at the Olympics. "I need to talk with my team and my body," the Briton said.

Vidal will face the world number one, Jonas Lindqvist, on Wednesday. "Jonas is the best player in the world right now, but I have nothing to lose," he said.
""", [("It's a dream", "Carlos Vidal"), ("The crowd", "Carlos Vidal"), ("I'm very proud", "Carlos Vidal"),
      ("He was just", "Tom Kerr"), ("I had my", "Tom Kerr"), ("I need to", "Tom Kerr"),
      ("Jonas is", "Carlos Vidal")]),
    ("""Hartley insists Wolverton job is safe despite winless run

Paul Hartley says he retains the full backing of the Wolverton board despite a run of nine league matches without a win.

Speaking at his pre-match press conference on Friday, the Wolverton manager said he had spoken to the chairman, Richard Beale, this week. “The chairman has been fantastic with me,” Hartley said. “We talk every day and there is no question about my position.”

Wolverton travel to Lancaster on Saturday without their captain, Ben Achterberg, who has a hamstring injury. “Ben will be out for three or four weeks,” said the 47-year-old. “It is a blow, but others will step up.”

The Dutchman had been one of the club’s most consistent players this season.

Hartley was also asked about the striker Kofi Mensah, who has not scored since October. “Kofi works harder than anyone in training,” he replied. “The goals will come.”

Lancaster’s manager, Ivana Petrovic, said on Thursday that she expected a tough game. “They are a good team in a bad moment, and those are dangerous,” the Croatian said.
""", [("The chairman has", "Paul Hartley"), ("We talk", "Paul Hartley"), ("Ben will", "Paul Hartley"),
      ("It is a blow", "Paul Hartley"), ("Kofi works", "Paul Hartley"), ("The goals", "Paul Hartley"),
      ("They are a good", "Ivana Petrovic")]),
    ("""England edge Wales in Six Nations thriller

A late penalty from Owen Farrow gave England a 24-22 win over Wales at Twickenham on Saturday.

Wales had led 22-21 with four minutes left after a try from their wing, Rhys Pryce.

"It was nerve-racking," Farrow said. "You practise those kicks all week for moments like that."

The fly-half, who missed two earlier attempts, added: "I just tried to stick to my routine and block everything else out."

England head coach Martin Dale said his team had shown "real resilience".

"We weren't at our best, but good teams find a way to win," said Dale.

Wales captain Huw Bevan was left to rue a string of missed chances. "We left points out there and against a side like England you get punished," the skipper told ITV.

Pryce, whose try was his fifth in eight Tests, was named player of the match. "It means nothing when you lose," the winger said.
""", [("It was nerve", "Owen Farrow"), ("You practise", "Owen Farrow"), ("I just tried", "Owen Farrow"),
      ("real resilience", "Martin Dale"), ("We weren't", "Martin Dale"), ("We left points", "Huw Bevan"),
      ("It means nothing", "Rhys Pryce")]),
    ("""Chebet breaks world record in Paris

Kenya's Mary Chebet broke the women's 5,000m world record at the Diamond League meeting in Paris on Friday, running 14 minutes 0.21 seconds.

The 27-year-old took almost two seconds off the previous mark, set by Ethiopia's Alem Tadesse in 2023.

"I knew I was in good shape, but I did not expect this," Chebet told Reuters after the race.

"The pacemakers were perfect and the crowd gave me energy," the Kenyan said.

Tadesse, who finished second, congratulated her rival. "She deserved it. Today she was the strongest," the Ethiopian told reporters.

Chebet's coach, Peter Langat, said the record had been planned for months. "We trained for this race all winter," Langat said. "She is only getting better."

World Athletics president Lord Samuel Reid said in a statement: "This was a truly historic night for our sport."
""", [("I knew I was", "Mary Chebet"), ("The pacemakers", "Mary Chebet"), ("She deserved", "Alem Tadesse"),
      ("We trained", "Peter Langat"), ("She is only", "Peter Langat"), ("This was a truly", "Samuel Reid")]),
]




def _speech(text: str) -> list[dict]:
    return [q for q in find_quote_spans(text) if q["kind"] == "speech"]


def test_the_articles_score_at_least_as_measured():
    # before the rules of this stop: science 25 exact, 1 without, 7 wrong of 33; sports 28, 0, 7 of 35
    e, wo, wr, rows = score(SCIENCE)
    assert len(rows) == 33 and e >= 27 and wr <= 5, rows
    e, wo, wr, rows = score(SPORTS)
    assert len(rows) == 35 and e >= 30 and wr <= 5, rows


def test_a_name_in_apposition_with_its_institution_after_a_description():
    # Quirk et al. 1985, 17.65: the appositive name; 'of X University' post-modifies the name
    (q,) = _speech("“Walking helps,” said the trial’s lead author, Dr Ruth Ince of Harwick University.")
    assert q["speaker"] == "Ruth Ince"
    (q,) = _speech("“Walking helps,” said the senior author, Omar Quist from the Wellmere Institute for Ageing, on Monday.")
    assert q["speaker"] == "Omar Quist"


def test_a_lower_case_place_after_the_name_is_no_institution():
    # near miss: 'of the north' is no capitalised institution; the description stays
    (q,) = _speech("“Walking helps,” said the coach, Ruth Ince of the north.")
    assert q["speaker"] != "Ruth Ince"


def test_an_age_epithet_is_not_the_person_the_quotation_names_in_the_third_person():
    # Quirk et al. 1985, 6.5; Huddleston & Pullum 2002, 17.2.1: a name is third person, a speaker speaks in the first
    text = ("Coach Dan Pell spoke on Friday. \"We are fine,\" Pell said. The side travel without their captain, "
            "Tim Okra, who is injured. \"Tim will miss a month,\" said the 47-year-old.")
    assert _speech(text)[-1]["speaker"] == "Dan Pell"


def test_an_age_epithet_keeps_the_person_named_last_when_the_quotation_does_not_name_them():
    # near misses: the quotation leaves the captain out, or addresses him ('Tim, get well'): the person named last
    for quote in ("\"We will miss him,\"", "\"Tim, get well soon,\""):
        text = ("Coach Dan Pell spoke on Friday. \"We are fine,\" Pell said. The side travel without their captain, "
                f"Tim Okra, who is injured. {quote} said the 27-year-old.")
        assert _speech(text)[-1]["speaker"] == "Tim Okra"


def test_the_study_after_a_study_with_no_author_is_no_document_of_the_body_quoted_between():
    # Quirk et al. 1985, 5.28: 'the study' takes up the study the text brought in, the researchers' work
    text = ("A study followed 9,000 adults for ten years. The Kessington Trust said it was pleased.\n\n"
            "According to the study, walking was “good for the heart”.")
    (q,) = _speech(text)
    assert q["speaker"] != "Kessington Trust"


def test_the_study_of_a_named_body_stays_that_bodys():
    # near miss: 'a study by the Kessington Trust' gives the study its author
    text = ("A study by the Kessington Trust followed 9,000 adults. The Trust said it was pleased.\n\n"
            "According to the study, walking was “good for the heart”.")
    (q,) = _speech(text)
    assert q["speaker"] == "Kessington Trust"
