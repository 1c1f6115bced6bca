CASES = [
    (
        """Lorry driver tells inquest he ‘felt a bump’ before cyclist died on Dublin quays

Órla Kinsella

A lorry driver whose vehicle struck and killed a cyclist on Dublin's north quays has told an inquest he checked his mirrors “three or four times” before turning left and never saw her.

Saoirse Mulrooney (29), a software tester from Phibsborough, died at the scene at the junction of Arran Quay and Church Street on the morning of March 14th last year.

Dublin District Coroner's Court heard on Tuesday that Ms Mulrooney had been travelling east in the cycle lane when a 32-tonne tipper truck driven by Declan Hynes turned across her path.

Mr Hynes, of Clonee, Co Meath, said he had been driving for the same haulage firm for 11 years and had never been involved in a collision.

“I was looking in the mirrors the whole way down the quay. I had the indicator on from well back,” he told the court. “I felt a bump and I thought I'd gone over a kerb. Then people were shouting at me to stop.”

He said he had “thought about that morning every day since”.

Garda Niamh Foley, a forensic collision investigator, said the lorry was fitted with a side mirror and a close-proximity mirror but not with a camera system covering the nearside blind spot.

In her reconstruction, a cyclist in Ms Mulrooney's position would have been “partially or fully obscured” for roughly two seconds before impact, she said.

“There's a zone along the passenger door where, in a vehicle of that design, a person on a bicycle can simply disappear,” Garda Foley said.

Counsel for the family, Ronan Brophy BL, asked whether a camera would have made a difference. Garda Foley replied that it was “likely, but not certain” that the driver would have seen her.

In a statement read to the court by the family's solicitor, Bernadette Mulrooney described her daughter as “the loudest laugh in any room”.

“She cycled because she loved it and because she thought it was the right thing to do for the city. We are asking that no other family has to sit where we are sitting,” the statement said.

Dublin City Council's head of active travel, Mark Devitt, said a redesign of the junction, including a protected turning phase for cyclists, had been approved in 2022 but delayed by utility works. He said construction was now due to start in the autumn.

Coroner Dr Clare Keaveney returned a verdict of accidental death. She said she would write to the Road Safety Authority recommending that it consider “as a matter of urgency” whether blind-spot camera systems should be mandatory on all heavy goods vehicles operating in urban areas.

“This was a young woman doing an ordinary thing on an ordinary morning,” Dr Keaveney said. “Her family deserves to know that something will change.”

She extended her sympathies to the Mulrooney family and to Mr Hynes.""",
        [
            ("felt a bump", "Declan Hynes"),
            ("three or four times", "Declan Hynes"),
            ("I was looking in the", "Declan Hynes"),
            ("I felt a bump and", "Declan Hynes"),
            ("thought about that morning every", "Declan Hynes"),
            ("partially or fully obscured", "Niamh Foley"),
            ("There's a zone along the", "Niamh Foley"),
            ("likely, but not certain", "Niamh Foley"),
            ("the loudest laugh in any", "Bernadette Mulrooney"),
            ("She cycled because she loved", "Bernadette Mulrooney"),
            ("as a matter of urgency", "Clare Keaveney"),
            ("This was a young woman", "Clare Keaveney"),
            ("Her family deserves to know", "Clare Keaveney"),
        ],
    ),
    (
        """Hotel chef awarded €38,000 after WRC finds he was unfairly dismissed

A head chef who was dismissed from a Co Kerry hotel after raising concerns about staffing levels in the kitchen has been awarded €38,000 by the Workplace Relations Commission.

Tomasz Wieczorek had worked at the Glenbeigh Strand Hotel for almost seven years when he was let go in October 2023, days after sending an email to management warning that the kitchen was "running on fumes".

In a decision published today, WRC adjudication officer Siobhán Carey found that the dismissal was both substantively and procedurally unfair.

The hearing was told that Mr Wieczorek had complained on several occasions during the summer season that he was being asked to run a kitchen serving up to 300 covers a night with three staff.

In his email of 2 October, which was opened at the hearing, he wrote: "I cannot guarantee food safety standards with the current roster. Somebody is going to get hurt, either a customer or one of my team."

Eight days later he was called to a meeting with the hotel's general manager, Aidan Crowe, who told him his position was being made redundant as part of a "restructuring of the food and beverage offering".

Mr Crowe told the hearing that the decision had been made for financial reasons and had "nothing whatsoever" to do with the email.

"The hotel had a difficult year. We were looking at every department. It was not personal," he said.

However, Ms Carey noted that a new head chef was advertised on a recruitment website less than a month later, at a slightly lower salary.

"I find it impossible to accept that a genuine redundancy situation existed," she wrote in her decision. "The role was not eliminated. The person in it was replaced."

She also found that Mr Wieczorek had been given no advance notice of the meeting, no opportunity to be accompanied and no right of appeal.

Mr Wieczorek, who was represented by SIPTU, told the hearing he had been "humiliated" by the manner of his departure.

"I was walked out the back door past my own staff. I had given that place seven years," he said. He said it took him five months to find new work, in a restaurant in Killarney.

In a statement after the decision was published, SIPTU organiser Gráinne Lyons said the case should serve as a warning to employers in the hospitality sector.

"Workers who speak up about safety should be protected, not punished," she said.

The Glenbeigh Strand Hotel said it was disappointed with the outcome and was considering its options. A spokeswoman said the company "respects the WRC process" but did not accept all of the adjudicator's findings.

The hotel has 42 days to lodge an appeal with the Labour Court.""",
        [
            ("running on fumes", "Tomasz Wieczorek"),
            ("I cannot guarantee food safety", "Tomasz Wieczorek"),
            ("restructuring of the food and", "Aidan Crowe"),
            ("nothing whatsoever", "Aidan Crowe"),
            ("The hotel had a difficult", "Aidan Crowe"),
            ("I find it impossible to", "Siobhán Carey"),
            ("The role was not eliminated.", "Siobhán Carey"),
            ("humiliated", "Tomasz Wieczorek"),
            ("I was walked out the", "Tomasz Wieczorek"),
            ("Workers who speak up about", "Gráinne Lyons"),
            ("respects the WRC process", "spokeswoman"),
        ],
    ),
    (
        """Man jailed for 11 years over Paisley takeaway knife attack

A man who stabbed a stranger outside a takeaway in Paisley after a row over a spilled drink has been jailed for 11 years.

Kyle Mathieson, 24, attacked Ross Gilchrist, 31, on Causeyside Street in the early hours of 3 June last year.

Mr Gilchrist suffered wounds to his chest and arm and needed emergency surgery at the Royal Alexandra Hospital.

Mathieson, from Renfrew, had denied attempted murder but was found guilty by a jury at the High Court in Glasgow last month.

The court heard the two men had never met before. CCTV showed Mathieson bumping into Mr Gilchrist inside the takeaway, knocking a can of juice from his hand.

Witnesses described a brief argument before Mathieson left the shop, then returned about two minutes later.

Prosecutor Laura Kennoway told the trial: "He had time to walk away. He had time to go home. Instead he went and got a knife and came back."

Mr Gilchrist told jurors he had thought the accused was coming back to apologise.

"He put his hand out like he was going to shake mine and then I felt it go in," he said. "I didn't even know I'd been stabbed until I saw the blood on the pavement."

A passer-by, nurse Kirsty Doig, applied pressure to the wound until paramedics arrived. Police Scotland later described her actions as "nothing short of heroic".

In mitigation, defence advocate Euan Pattullo said his client had been drinking heavily and had "no real memory" of the incident.

He said Mathieson had since engaged with addiction services in prison and had written a letter of apology to the victim.

"He is horrified by what he has done and he knows that Mr Gilchrist could easily have died," Mr Pattullo said.

Sentencing, judge Morag Sinclair KC told Mathieson that carrying a knife on the streets of Scotland's towns was "a scourge that the courts will not tolerate".

"You went out of your way to arm yourself and you returned to the scene with the clear intention of causing serious harm," the judge said.

"It is only through good fortune, and the quick actions of a member of the public, that you are not facing a charge of murder."

He was also made subject to a five-year extended supervision period on release.

Speaking outside court, Det Insp Graham Shearer said the attack had been "completely unprovoked and senseless".

"I hope this sentence sends a clear message that anyone who chooses to carry a weapon will be caught and will face the consequences," he said.""",
        [
            ("He had time to walk", "Laura Kennoway"),
            ("He put his hand out", "Ross Gilchrist"),
            ("I didn't even know I'd", "Ross Gilchrist"),
            ("nothing short of heroic", "Police Scotland"),
            ("no real memory", "Euan Pattullo"),
            ("He is horrified by what", "Euan Pattullo"),
            ("a scourge that the courts", "Morag Sinclair"),
            ("You went out of your", "Morag Sinclair"),
            ("It is only through good", "Morag Sinclair"),
            ("completely unprovoked and senseless", "Graham Shearer"),
            ("I hope this sentence sends", "Graham Shearer"),
        ],
    ),
    (
        """Fish farm diver’s death ‘might have been avoided’, sheriff rules

By Callum MacRae

The death of a diver at a west Highland salmon farm might have been avoided if a proper risk assessment had been carried out, a sheriff has found.

Iain Beaton, 38, from Kyle of Lochalsh, died in February 2022 while carrying out net inspections at the Sgeir Dubh site operated by Atlantic Crest Aquaculture in Loch Alsh.

A fatal accident inquiry at Inverness Sheriff Court heard that Mr Beaton became entangled in a mooring line in poor visibility and ran out of air before his dive partner could free him.

In his written determination, published yesterday, Sheriff Alasdair Gunn said the company had failed to identify the risk posed by slack mooring lines, which had been reported by staff weeks earlier.

‘There was, in my view, a reasonable precaution whereby the death might have been avoided,’ he wrote. ‘Had the lines been re-tensioned when the problem was first reported, Mr Beaton would not have been placed in the situation in which he found himself.’

The sheriff said the dive was carried out in ‘conditions that were, at best, marginal’ and that there was no written procedure setting out when dives should be called off.

Evidence was heard over eight days last autumn. Mr Beaton’s dive partner, Stuart Munro, told the inquiry he had tried for several minutes to cut his colleague free.

‘I could see him but I couldn’t get the knife under the rope,’ he said. ‘I went up to get help and by the time we got back down it was too late.’

A former site manager, who gave evidence but was not named in the determination, told the court that concerns about the moorings had been ‘raised more than once’ with head office.

Atlantic Crest Aquaculture said it had accepted the sheriff’s findings in full.

A spokesman for the firm said: ‘Iain was a valued and experienced member of our team and our thoughts remain with his family. Since this tragedy we have overhauled our diving procedures and invested significantly in mooring monitoring across all our sites.’

The company was fined £240,000 at the same court in 2023 after pleading guilty to health and safety breaches.

Mr Beaton’s partner, Eilidh MacLeod, said outside court that the family welcomed the determination but that it had taken too long.

‘It has been over three years. Every time we thought it was nearly over there was another delay,’ she said. ‘Iain loved the sea and he loved that job. We just want to make sure nobody else goes out to work and doesn’t come home.’

The Crown Office said it would consider the sheriff’s recommendations, which include a call for the Health and Safety Executive to issue specific guidance on diving at aquaculture sites.""",
        [
            ("might have been avoided", "Alasdair Gunn"),
            ("There was, in my view,", "Alasdair Gunn"),
            ("Had the lines been re-tensioned", "Alasdair Gunn"),
            ("conditions that were, at best,", "Alasdair Gunn"),
            ("I could see him but", "Stuart Munro"),
            ("I went up to get", "Stuart Munro"),
            ("raised more than once", "former site manager"),
            ("Iain was a valued and", "spokesman"),
            ("It has been over three", "Eilidh MacLeod"),
            ("Iain loved the sea and", "Eilidh MacLeod"),
        ],
    ),
    (
        """Woman who slipped on grape in Cork supermarket awarded €42,000

Liam Heffernan

A retired school secretary who broke her wrist when she slipped on a grape in a Cork city supermarket has been awarded €42,000 in damages.

Judge Eoin Ó Dálaigh, at Cork Circuit Civil Court, said he was satisfied that the store had not operated an adequate system for checking the floor of its fruit and vegetable aisle.

Maureen Cotter, aged 71, of Ballinlough, told the court she had gone into the FreshWay store on Douglas Road on a Saturday morning in August 2022 to buy “a few bits for the weekend”.

“I was reaching for a bag of apples and the next thing my foot went from under me,” she said. “I put my hand out to save myself and I heard the crack.”

Ms Cotter said she was in a cast for seven weeks and still could not lift a full kettle with her right hand.

“I used to do everything for myself. Now I have to ask my daughter to open jars,” she said.

The court heard that a grape was found on the floor beside her after the fall. An orthopaedic surgeon, Mr Kevin Dennehy, gave evidence that she had sustained a displaced fracture of the distal radius and was likely to develop arthritis in the joint.

Counsel for FreshWay Retail Ltd, Fiona Twomey BL, said the store carried out floor inspections every 30 minutes and that the aisle had been checked and signed off 12 minutes before the accident.

“My client cannot be expected to guarantee that no item will ever fall to the ground between inspections,” she said. “That is not the standard the law imposes.”

A store supervisor, Darren Lynch, told the court that fruit was “regularly” dropped by customers and that staff were trained to clean spills immediately.

Under cross-examination by Seán Horgan SC, for Ms Cotter, Mr Lynch accepted that the inspection log for that morning had been filled in by a single staff member who was also covering the tills.

“So the same person was meant to be walking the floor and serving customers at the same time?” Mr Horgan asked.

“On that morning, yes,” Mr Lynch replied.

Judge Ó Dálaigh said grapes in particular posed a known hazard and that the store should have had mats or a closer system of checking in that area.

“A loose grape on a hard floor is a trap. Retailers know that,” he said. “The log may say the aisle was checked, but I am not satisfied that any meaningful inspection took place.”

He awarded Ms Cotter €42,000 plus costs. A stay was put on the order in the event of an appeal.""",
        [
            ("a few bits for the", "Maureen Cotter"),
            ("I was reaching for a", "Maureen Cotter"),
            ("I put my hand out", "Maureen Cotter"),
            ("I used to do everything", "Maureen Cotter"),
            ("My client cannot be expected", "Fiona Twomey"),
            ("That is not the standard", "Fiona Twomey"),
            ("regularly", "Darren Lynch"),
            ("So the same person was", "Seán Horgan"),
            ("On that morning, yes,", "Darren Lynch"),
            ("A loose grape on a", "Eoin Ó Dálaigh"),
            ("The log may say the", "Eoin Ó Dálaigh"),
        ],
    ),
    (
        """Mayo GP guilty of poor professional performance after failing to refer patient who later died of cancer

A Co Mayo GP has been found guilty of poor professional performance by a Medical Council inquiry after he failed to refer a patient for tests despite repeated visits complaining of stomach pain.

Dr Fergal Nevin, who practises in Ballyhaunis, saw the patient, a 54-year-old farmer, on five occasions over a nine-month period in 2020 and 2021.

The man, who was not named at the inquiry, was eventually diagnosed with advanced bowel cancer after attending the emergency department at Mayo University Hospital. He died in 2022.

The inquiry heard the patient's widow made a complaint to the Medical Council the following year.

In her evidence, she said her husband was "not a man who went to doctors" and that she had to "practically drag him" to the surgery the first time.

"He kept going back because he knew something was wrong. Every time he was sent home with antacids," she said. "I wrote down the dates because I had a feeling we would need them."

An expert witness for the council, Dr Ann-Marie Glennon, a GP in Limerick, said a change in bowel habit combined with weight loss in a man of that age should have prompted an urgent referral.

"These are red-flag symptoms. They are taught in the first year of general practice training," she said. "By the third visit at the very latest, a referral was required."

Dr Nevin, who represented himself at the hearing, told the committee he had been working "alone and overstretched" during the pandemic, when his practice partner was on long-term sick leave.

"I am not making excuses. I got this wrong and I have to live with that," he said. "I think about this man and his family a great deal."

He said he had since completed a course in diagnostic reasoning and now used a computer-based prompt system for red-flag symptoms.

The committee chair, Prof Helen Dargan, said the panel accepted that Dr Nevin had shown "genuine insight and remorse".

However, she said the failure to refer was "a serious falling short" of the standards expected of a registered medical practitioner.

The committee found four of six allegations proven. Two allegations relating to record-keeping were not upheld.

It will now recommend a sanction to the council, which could include conditions being attached to Dr Nevin's registration.

A source close to the family said the widow had found the process "exhausting but worth it".

In a statement, the Irish Medical Organisation said it did not comment on individual cases but that it had "repeatedly warned" about the risks posed by single-handed practices in rural areas.""",
        [
            ("not a man who went", "patient's widow"),
            ("practically drag him", "patient's widow"),
            ("He kept going back because", "patient's widow"),
            ("I wrote down the dates", "patient's widow"),
            ("These are red-flag symptoms.", "Ann-Marie Glennon"),
            ("By the third visit at", "Ann-Marie Glennon"),
            ("alone and overstretched", "Fergal Nevin"),
            ("I am not making excuses.", "Fergal Nevin"),
            ("I think about this man", "Fergal Nevin"),
            ("genuine insight and remorse", "Helen Dargan"),
            ("a serious falling short", "Helen Dargan"),
            ("exhausting but worth it", "source close to the family"),
            ("repeatedly warned", "Irish Medical Organisation"),
        ],
    ),
    (
        """Council worker wins £27,000 after tribunal rules menopause jibes were harassment

A council housing officer who was repeatedly mocked by her line manager over her menopause symptoms has been awarded more than £27,000 by an employment tribunal.

Janice Rennie, 52, worked for Strathearn and Tay Council at its offices in Perth for 14 years before resigning in 2023.

An employment tribunal in Dundee found she had been subjected to harassment related to sex and age, and that she had been constructively dismissed.

The tribunal heard that her manager, Neil Baxter, made a series of remarks about her in front of colleagues, including telling them to “stand back, she’s overheating again” and asking whether she was “having one of her moments” when she requested a desk fan.

Ms Rennie told the hearing the comments had left her feeling “ashamed and invisible”.

“I was good at my job and I had never had a complaint against me. Suddenly I was a joke in the office,” she said.

“I started sitting in my car at lunchtime so nobody would see me if I had a flush. I dreaded going in.”

Mr Baxter, who still works for the council, told the tribunal the remarks had been “light-hearted” and that he had not intended to cause offence.

“There was a lot of banter in that team. Janice gave as good as she got,” he said.

Employment Judge Fiona McAllister rejected that account, finding that Ms Rennie was “visibly distressed” on a number of occasions and that two colleagues had separately raised concerns with human resources.

In a written judgment, she said: “The claimant was subjected to a pattern of conduct which had the effect of creating a degrading and humiliating environment for her. The respondent’s characterisation of this as banter is not accepted.”

The judge also criticised the council’s handling of Ms Rennie’s grievance, which took more than seven months to conclude and was investigated by an officer who reported to Mr Baxter.

That, she said, was “plainly inappropriate”.

The tribunal awarded Ms Rennie £27,340, including £12,000 for injury to feelings.

A spokesperson for Strathearn and Tay Council said: “We note the tribunal’s decision and will be reviewing it carefully. The council is committed to supporting staff affected by the menopause and has introduced new guidance and training for managers.”

Ms Rennie’s solicitor, Gordon Lawrie of Lawrie Muir Employment Law, said the judgment should be “a wake-up call” for employers across Scotland.

“Far too many women are still being made to feel that this is something to laugh at or to hide,” he said.""",
        [
            ("stand back, she’s overheating again", "Neil Baxter"),
            ("having one of her moments", "Neil Baxter"),
            ("ashamed and invisible", "Janice Rennie"),
            ("I was good at my", "Janice Rennie"),
            ("I started sitting in my", "Janice Rennie"),
            ("light-hearted", "Neil Baxter"),
            ("There was a lot of", "Neil Baxter"),
            ("visibly distressed", "Fiona McAllister"),
            ("The claimant was subjected to", "Fiona McAllister"),
            ("plainly inappropriate", "Fiona McAllister"),
            ("We note the tribunal’s decision", "spokesperson"),
            ("a wake-up call", "Gordon Lawrie"),
            ("Far too many women are", "Gordon Lawrie"),
        ],
    ),
    (
        """Greencastle fisherman fined €2,500 over illegal salmon nets

By Declan McGlinchey

A Co Donegal fisherman has been fined €2,500 after fisheries officers found more than 800 metres of illegal drift net on his boat at Greencastle pier.

Patrick "Packie" Doherty (58), of Shrove, Inishowen, pleaded guilty at Buncrana District Court to possessing nets for the purpose of taking salmon in contravention of fisheries legislation.

Fisheries officer Conor Gallagher, of Inland Fisheries Ireland, told the court he and two colleagues had been monitoring the vessel from the shore on the evening of July 19 last year.

When the boat came in shortly after 11pm, officers found two wet monofilament nets in the hold along with three salmon, the court heard.

"The nets were still dripping. There was no question they had just been in the water," Mr Gallagher said.

He said that when he cautioned Doherty, the defendant replied: "Sure everybody's at it. Why pick on me?"

Mr Gallagher told Judge Deirdre Harkin that drift netting for wild salmon had been banned in Ireland since 2007 because of the collapse in stocks.

"The runs in the Foyle area are a fraction of what they were. Every fish taken illegally at sea is a fish that doesn't make it back to spawn," he said.

Solicitor for the defence, Kieran McDaid, said his client had fished out of Greencastle all his life and came from "three generations of salmon men".

He said the nets had been in the family for years and Doherty had taken them out "on a foolish impulse" after a poor season for crab.

"He accepts fully that what he did was wrong and against the law. He's not a wealthy man and he has surrendered the nets," Mr McDaid said.

He asked the court to consider that his client had no previous convictions.

Judge Harkin said she accepted Doherty was of previous good character but that the offence was a serious one.

"The law is there for a reason and the reason is that the salmon are in trouble," she said. "It is not a matter of picking on anybody."

She imposed a fine of €2,500 and ordered that the nets and the salmon be forfeited. She allowed six months to pay.

Speaking after the case, a spokesperson for Inland Fisheries Ireland said the agency had carried out "a significant number" of patrols in the north-west this year.

"We would urge anyone with information about illegal fishing activity to contact our confidential hotline," the spokesperson added.""",
        [
            ("The nets were still dripping.", "Conor Gallagher"),
            ("Sure everybody's at it. Why", "Patrick Doherty"),
            ("The runs in the Foyle", "Conor Gallagher"),
            ("three generations of salmon men", "Kieran McDaid"),
            ("on a foolish impulse", "Kieran McDaid"),
            ("He accepts fully that what", "Kieran McDaid"),
            ("The law is there for", "Deirdre Harkin"),
            ("It is not a matter", "Deirdre Harkin"),
            ("a significant number", "spokesperson"),
            ("We would urge anyone with", "spokesperson"),
        ],
    ),
]
