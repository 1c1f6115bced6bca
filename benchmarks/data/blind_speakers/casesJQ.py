CASES = [
    (
        """A-level results: Black Country college celebrates best grades in a decade

Students at a Black Country sixth form college have been celebrating what staff described as the best set of A-level results in its history.

More than a third of entries at Brierley Vale Sixth Form College in Stourbridge were graded A* or A, up from 27% last year.

Principal Fiona Marsh said the results were "a reward for two years of sheer graft" by students and teachers.

"Many of these young people started their courses when we were still feeling the after-effects of the pandemic, and they have shown remarkable resilience," she said.

"I could not be prouder of them."

Among those opening envelopes on Thursday morning was Amrit Sandhu, 18, who achieved three A* grades in maths, further maths and physics and will study engineering at Severnside University.

"I honestly didn't think I'd got the physics one, so I'm in shock," he said. "My mum cried before I did."

Lily-Mae Gorton, 17, who is the first in her family to go to university, said she had "checked the app about forty times" overnight before confirmation of her place came through.

"My nan kept ringing me at six in the morning asking if I knew yet," she laughed. "I'm going to study midwifery, which is all I've wanted to do since I was little."

Nationally, the proportion of top grades was broadly similar to last year, as exam boards continued to hold grading close to pre-pandemic standards.

Dr Owen Pritchard, an education researcher at the Westmorland Institute for Learning, told BBC Midlands Today that schools in the region had been "quietly closing the gap" with the south of England.

"What we're seeing is that colleges which invested in catch-up tutoring are now reaping the benefit," he said.

But he warned that a significant number of students across the West Midlands had still missed the grades they needed.

"For those young people, today can feel like the end of the world, and it really isn't," he added. "Clearing is a well-trodden route and there are thousands of courses still available."

Students who did not get the results they expected have been urged to speak to their school or college before making any decisions.

A spokesperson for Dudley Council said its careers service would be running drop-in sessions at libraries across the borough until the end of next week.""",
        [
            ("a reward for two years", "Fiona Marsh"),
            ("Many of these young people", "Fiona Marsh"),
            ("I could not be prouder", "Fiona Marsh"),
            ("I honestly didn't think I'd", "Amrit Sandhu"),
            ("My mum cried before I", "Amrit Sandhu"),
            ("checked the app about forty", "Lily-Mae Gorton"),
            ("My nan kept ringing me", "Lily-Mae Gorton"),
            ("I'm going to study midwifery,", "Lily-Mae Gorton"),
            ("quietly closing the gap", "Owen Pritchard"),
            ("What we're seeing is that", "Owen Pritchard"),
            ("For those young people, today", "Owen Pritchard"),
            ("Clearing is a well-trodden route", "Owen Pritchard"),
        ],
    ),
    (
        """Hundreds of jobs at risk as north-east university warns of £28m shortfall

Helen Okafor Higher education correspondent

Up to 350 jobs could go at a university in the north-east of England after it warned of a £28m budget shortfall, in the latest sign of the financial crisis gripping the sector.

Tyneside Metropolitan University told staff on Tuesday that it would open a voluntary redundancy scheme next month and was considering closing courses in modern languages, music and social work.

In an email to staff seen by the Guardian, the vice-chancellor, Prof Martin Ellery, said the university faced “the most challenging financial position in its history” and that “doing nothing is not an option”.

He blamed a sharp fall in international student recruitment, rising pension and energy costs and a tuition fee for domestic undergraduates that he said had been “eroded year after year by inflation”.

“We have worked hard to protect jobs, but the scale of the gap means that we must now make difficult choices about the shape of the university,” he wrote.

Staff reacted with anger. Dr Priya Nandakumar, branch president of the lecturers' union at the university, said members had been given “no meaningful explanation” of how the courses had been chosen.

“This is a university that built its reputation on opening doors for working-class students from this region, and it is now proposing to shut the very departments that do that,” she said. “Social work in particular is a baffling choice when local councils are crying out for qualified staff.”

She said the union would ballot members for industrial action if compulsory redundancies were not ruled out.

One senior lecturer in the school of humanities, who asked not to be named, said colleagues had first learned of the proposals from a leaked slide deck. “People are frightened. Some have been here 20 years and found out their department might close from a WhatsApp message,” they said.

About 40% of English universities are expected to be in deficit this year, according to the sector regulator.

A spokesperson for Universities North East, which represents institutions in the region, said the cuts were “symptomatic of a funding model that is simply broken”.

“Universities in this region are major employers and anchors of their local economies. When they are forced to retrench, the effects are felt well beyond the campus,” the spokesperson said.

A government spokesperson said: “We recognise the financial pressures facing higher education, which is why we have increased tuition fees for the first time in eight years. Universities are autonomous institutions and are responsible for their own financial decisions.”

A university spokesperson said no final decisions had been taken and that it would “consult fully and fairly” with staff and students before any changes were made.""",
        [
            ("the most challenging financial position", "Martin Ellery"),
            ("doing nothing is not an", "Martin Ellery"),
            ("eroded year after year by", "Martin Ellery"),
            ("We have worked hard to", "Martin Ellery"),
            ("no meaningful explanation", "Priya Nandakumar"),
            ("This is a university that", "Priya Nandakumar"),
            ("Social work in particular is", "Priya Nandakumar"),
            ("People are frightened. Some have", "senior lecturer in the school of humanities"),
            ("symptomatic of a funding model", "spokesperson"),
            ("Universities in this region are", "spokesperson"),
            ("We recognise the financial pressures", "spokesperson"),
            ("consult fully and fairly", "spokesperson"),
        ],
    ),
    (
        """Head vows school will 'bounce back' after Ofsted rates it inadequate

By Jack Mullen

A headteacher has vowed her school will "bounce back" after inspectors rated it inadequate and placed it in special measures.

Moorside Community High School in Middleton was downgraded from 'good' following a two-day inspection in March, according to a report published this week.

Inspectors found that pupils' behaviour in lessons and corridors was "too often disorderly" and that leaders had "not acted quickly enough" to tackle persistent absence, which affects almost a third of pupils.

Inspectors also raised concerns about safeguarding records, writing that some referrals had "not been followed up in a timely way".

However, they praised the school's "caring and committed" staff and said pupils with special educational needs were well supported.

Headteacher Claire Hesketh, who joined the school in September, said she accepted the findings in full.

"This is not the outcome any of us wanted, and I'm sorry for the worry it will cause families," she said.

"But nothing in this report is a surprise to me. We already had a plan in place and inspectors recognised that things are starting to change. We will come back from this, and we'll do it quickly."

Mrs Hesketh said a new behaviour policy, introduced after Easter, had already cut the number of suspensions by half.

The school is set to be converted into an academy and will join the Pennine Shared Learning Trust, which runs six schools across Greater Manchester.

Parents outside the school gates on Thursday gave a mixed response.

Mum-of-three Kerry Dawson, whose son is in Year 9, said: "I'm not shocked, to be honest. There's been fights, kids on their phones in class, and when you ring up nobody gets back to you.

"The new head seems to be trying, though. I'll give her a chance."

Another parent, who did not want to be named, said the rating was "unfair" on teachers. "They work so hard and get nothing but grief," she said.

Rochdale Council's cabinet member for children's services, Cllr Imran Qureshi, said the council would "work hand in hand" with the school and the trust.

"Every child in Middleton deserves to go to a good school, and we won't rest until Moorside is one," he said.

The school will be monitored by inspectors over the coming months.""",
        [
            ("bounce back", "Claire Hesketh"),
            ("bounce back", "Claire Hesketh"),
            ("too often disorderly", "inspectors"),
            ("not acted quickly enough", "inspectors"),
            ("not been followed up in", "inspectors"),
            ("caring and committed", "inspectors"),
            ("This is not the outcome", "Claire Hesketh"),
            ("But nothing in this report", "Claire Hesketh"),
            ("I'm not shocked, to be", "Kerry Dawson"),
            ("The new head seems to", "Kerry Dawson"),
            ("unfair", "parent"),
            ("They work so hard and", "parent"),
            ("work hand in hand", "Imran Qureshi"),
            ("Every child in Middleton deserves", "Imran Qureshi"),
        ],
    ),
    (
        """Exam results: Higher pass rate dips as poverty gap widens again

By Lorna Imrie

Pupils across Scotland received their exam results yesterday, with the pass rate for Highers falling slightly and the gap between the richest and poorest areas growing for the second year running.

Figures published by the exams body showed 76.8 per cent of Higher entries were graded A to C, down from 77.1 per cent last year. At National 5, the pass rate held steady at 78.4 per cent.

However, the attainment gap at Higher – the difference in pass rates between pupils from the most and least deprived areas – rose to 15.9 percentage points, its highest level since 2019.

The figures prompted fresh criticism of the Scottish Government's record on closing the gap.

Scottish Labour's education spokesman, Callum Reid, said: "Year after year we are told that closing the attainment gap is the top priority, and year after year it gets wider. Young people in our poorest communities are being let down by a government that has run out of ideas."

A Scottish Government spokeswoman said: "We remain absolutely committed to closing the poverty-related attainment gap, and we are continuing to invest in targeted support for schools in our most deprived communities. Every young person receiving results today should be proud of what they have achieved."

Fiona Galbraith, general secretary of the Scottish Secondary Teachers' Forum, said teachers had delivered courses "under enormous strain" and that the results had to be seen "in the context of rising pupil absence and a chronic shortage of specialist staff".

"Nobody should be surprised that results have plateaued when secondary teachers are covering for colleagues who simply aren't there," she said.

At Balgay Park Academy in Dundee, where more than half of pupils live in the most deprived fifth of postcodes, staff were celebrating the school's best ever Higher results.

Head teacher Graeme Moffat told The Scotsman: "We have got kids here who are carers for their parents, who are working part-time jobs in the evenings, and they've come out with straight As. That tells you what is possible when you get the support right."

Among them was Ellie Donnachie, 16, who achieved five As at National 5 and plans to sit Highers in English, biology, chemistry and maths next year.

"I was shaking when I opened the text," she said. "I just kept reading it over and over to make sure it was actually mine."

Her mother, Angela Donnachie, said she was "over the moon" and that the family would be going out for dinner to celebrate.

Pupils who did not get the grades they had hoped for can contact the national results helpline, which is open until Friday.""",
        [
            ("Year after year we are", "Callum Reid"),
            ("We remain absolutely committed to", "spokeswoman"),
            ("under enormous strain", "Fiona Galbraith"),
            ("in the context of rising", "Fiona Galbraith"),
            ("Nobody should be surprised that", "Fiona Galbraith"),
            ("We have got kids here", "Graeme Moffat"),
            ("I was shaking when I", "Ellie Donnachie"),
            ("I just kept reading it", "Ellie Donnachie"),
            ("over the moon", "Angela Donnachie"),
        ],
    ),
    (
        """Twins from Rhondda celebrate identical GCSE grades as results revealed across Wales

By Carys Powell

Identical twins from the Rhondda have celebrated getting exactly the same GCSE grades – right down to the last subject.

Seren and Nia Pugh, 16, from Treorchy, each achieved eight A* grades and three As at Ysgol Gyfun Bryn Celyn, a Welsh-medium secondary school in the valley.

"We didn't plan it, honestly," said Seren, the older of the pair by eleven minutes. "Nia was convinced she'd done badly in chemistry so we were both really nervous this morning."

Nia added: "Mam has been telling people we're the same person for sixteen years and now she's got proof."

The sisters both plan to stay on at the school's sixth form to study A-levels, although they have chosen different subjects – Seren hopes to become a vet, while Nia wants to study law.

Across Wales, the proportion of GCSE entries awarded A* to C fell slightly compared with last year, according to figures published on Thursday morning, while the proportion of top grades was broadly unchanged.

Headteacher Dafydd Rowlands said the school was "incredibly proud" of all its pupils, not just those who picked up the highest grades.

"Results day is always a mix of emotions," he said. "For some of our pupils a C in maths is every bit as big an achievement as a string of A*s, and we celebrate those just as loudly.

"Our staff have given up evenings, weekends and half-terms to run revision sessions, and today is as much about them as it is about the young people."

Not everyone got the news they had hoped for. Jac Thomas, 16, from Tonypandy, said he had narrowly missed the grade he needed in English for a public services course at his local college.

"I needed a B and I got a C, so I'm going to ring the college now and see what they say," he told WalesOnline. "Miss says it should be fine, so fingers crossed."

Youth charity Cymru Youth Futures urged pupils not to panic. In a statement, the charity said young people disappointed with their results should "remember there are always options", including resits, apprenticeships and alternative college courses.

"Results do not define you. Take a breath, talk to someone you trust, and don't make any big decisions today," the statement added.

Pupils in Wales will receive their A-level results next week.""",
        [
            ("We didn't plan it, honestly,", "Seren Pugh"),
            ("Nia was convinced she'd done", "Seren Pugh"),
            ("Mam has been telling people", "Nia Pugh"),
            ("incredibly proud", "Dafydd Rowlands"),
            ("Results day is always a", "Dafydd Rowlands"),
            ("For some of our pupils", "Dafydd Rowlands"),
            ("Our staff have given up", "Dafydd Rowlands"),
            ("I needed a B and", "Jac Thomas"),
            ("Miss says it should be", "Jac Thomas"),
            ("remember there are always options", "Cymru Youth Futures"),
            ("Results do not define you.", "Cymru Youth Futures"),
        ],
    ),
    (
        """Co Tyrone grammar warns parents it may axe A-level subjects amid budget crisis

By Ciara McAleese

A Co Tyrone grammar school has warned parents that it may be forced to stop offering some A-level subjects and reduce staff as it grapples with a six-figure budget deficit.

In a letter sent home to families on Friday, Clogherview Grammar School principal Dr Stephen Hamilton said the Dungannon school was facing a shortfall of around £420,000 this year and had been left with "no realistic option" but to review what it offers.

"I want to be completely honest with you about the position we are in," he wrote. "Despite making savings wherever we can, our costs continue to rise far faster than our budget, and we cannot continue on the current path."

The letter said music, further maths and Spanish were among the subjects under review at A-level, and that two teachers due to retire in the summer would not be replaced.

"No decisions have yet been taken, and I will keep parents fully informed at every stage," it added.

The news has caused alarm among families. One mother of a Year 12 pupil told the Belfast Telegraph her daughter had chosen Clogherview specifically because of its music department.

"She's been playing the cello since she was seven. If they drop music, where is she meant to go? The nearest school that offers it is a 40-minute bus journey away," she said.

Mark Laverty, Northern Ireland official with the Ulster Teachers' Alliance, said the situation was far from unique.

"What is happening at Clogherview is happening in staffrooms right across Northern Ireland," he said. "Principals are being forced to act as accountants, deciding which subjects and which teachers they can afford to keep."

He said schools had been "running on fumes" for years and warned that more would follow unless funding was increased.

Fermanagh and South Tyrone MLA Orla Devlin said she would be raising the matter with the Education Minister.

"It cannot be right that a child's chance to study music or a language depends on their postcode," she said. "These are exactly the subjects that make a rounded education."

A Department of Education spokesperson said: "The department recognises the significant pressures on school budgets. The minister has been clear that education funding must be put on a sustainable footing and continues to make the case to the Executive for additional investment."

Dr Hamilton said a meeting for parents would be held at the school later this month.""",
        [
            ("no realistic option", "Stephen Hamilton"),
            ("I want to be completely", "Stephen Hamilton"),
            ("Despite making savings wherever we", "Stephen Hamilton"),
            ("No decisions have yet been", "Stephen Hamilton"),
            ("She's been playing the cello", "mother of a Year 12 pupil"),
            ("What is happening at Clogherview", "Mark Laverty"),
            ("Principals are being forced to", "Mark Laverty"),
            ("running on fumes", "Mark Laverty"),
            ("It cannot be right that", "Orla Devlin"),
            ("These are exactly the subjects", "Orla Devlin"),
            ("The department recognises the significant", "spokesperson"),
        ],
    ),
    (
        """Teachers at Bradford academy trust to strike over 'unmanageable' workload

By Tom Ackroyd

Teachers at four secondary schools run by a Bradford academy trust are to stage three days of strike action next month in a dispute over workload and changes to the school day.

Members of the Schools and Colleges Union at the Aire and Calder Academies Trust voted by 86 per cent in favour of walkouts on a turnout of 71 per cent, the union announced yesterday.

The strikes are planned for October 8, 9 and 15 and would affect around 4,200 pupils at schools in Bradford, Shipley and Keighley.

Union district secretary Sarah Kaye said staff had been pushed "to breaking point" by an extended school day introduced in September, which added 25 minutes of teaching time each afternoon without any increase in pay.

"Nobody goes on strike lightly, least of all teachers who care deeply about their pupils," she said. "But the workload at these schools has become unmanageable. We have teachers working sixty-hour weeks, and we are losing good people to schools down the road and to other professions altogether."

She said the union had offered to call off the action if the trust agreed to pause the changes while talks took place.

In a statement, the Aire and Calder Academies Trust said it was "disappointed" by the result and that the longer day had been introduced "to give our pupils the best possible chance of success".

"We have met with union representatives on several occasions and remain open to further talks," the statement said. "Our priority is to minimise disruption to pupils' learning, particularly those in Year 11 who are preparing for their GCSEs."

The trust said all four schools would remain open on strike days for at least some year groups, with priority given to exam classes and vulnerable pupils.

Chief executive Jonathan Haigh told The Yorkshire Post that results had improved "significantly" since the extended day was introduced and insisted that pay and conditions at the trust "remain among the best in the region".

He added that the trust had recruited an additional twelve teaching staff this year to reduce class sizes.

Parents at the school gates yesterday were largely sympathetic to staff, though several voiced concern about lost learning.

Shabana Akhtar, whose two children attend Heaton Grange Academy, said: "I support the teachers, I really do, but my daughter is in Year 11 and every day counts for her. I just hope they sort it out before it gets to that."

Further talks between the two sides are expected to take place next week through the conciliation service Acas.""",
        [
            ("unmanageable", "Sarah Kaye"),
            ("to breaking point", "Sarah Kaye"),
            ("Nobody goes on strike lightly,", "Sarah Kaye"),
            ("But the workload at these", "Sarah Kaye"),
            ("disappointed", "Aire and Calder Academies Trust"),
            ("to give our pupils the", "Aire and Calder Academies Trust"),
            ("We have met with union", "Aire and Calder Academies Trust"),
            ("Our priority is to minimise", "Aire and Calder Academies Trust"),
            ("significantly", "Jonathan Haigh"),
            ("remain among the best in", "Jonathan Haigh"),
            ("I support the teachers, I", "Shabana Akhtar"),
        ],
    ),
    (
        """Universities handing out twice as many firsts as in 2010, report finds

By Edward Lyle, Education Editor

Universities are awarding almost twice as many first-class degrees as they did a decade and a half ago, with some institutions giving the top grade to more than half of their graduates, according to a new report.

Analysis by the Centre for Academic Standards, a think tank, found that 31 per cent of students graduated with a first last year, compared with 16 per cent in 2010.

The report, titled ‘Degrees of Difference’, warns that the trend risks “undermining public confidence in the value of a degree” and makes it harder for employers to distinguish between candidates.

It identifies eleven universities where more than half of undergraduates received a first, and argues that only a fraction of the increase can be explained by better teaching or by the prior attainment of students.

Dr Rachel Thornley, the centre’s director and the report’s lead author, said: “Nobody wants to deny students the credit they have earned. But when a first becomes the most common outcome at some institutions, it stops telling you very much at all.

“Employers have told us they increasingly ignore degree classifications altogether and rely on their own tests instead. That should worry everyone in the sector.”

She called on the regulator to publish an annual “league table of grade inflation” and to be given the power to fine universities that could not justify rises.

Universities have previously argued that the growing number of firsts reflects harder-working students and improved teaching.

Professor Alan Whitcombe, chairman of the Association of Modern Universities, said the report was “a crude analysis that insults a generation of students”.

“Today’s undergraduates are more focused, better supported and work harder than any generation before them,” he said. “It is hardly surprising that more of them are achieving the highest grades.”

However, one vice-chancellor at a leading research university, speaking on condition of anonymity, admitted there was “enormous pressure” to keep pace with competitors. “Nobody wants to be the institution that unilaterally tightens its marking and watches its league table position collapse,” he said.

A government spokesman said: “Degrees must be a reliable measure of achievement. We expect universities to maintain rigorous standards and will not hesitate to act where grades cannot be justified.”

Hannah Okoro, 22, who graduated with a first in history this summer, said she found the debate “a bit deflating”.

“I worked incredibly hard for my degree. It’s frustrating to be told it’s worth less because more people got the same grade,” she said.""",
        [
            ("undermining public confidence in the", "Centre for Academic Standards"),
            ("Nobody wants to deny students", "Rachel Thornley"),
            ("Employers have told us they", "Rachel Thornley"),
            ("league table of grade inflation", "Rachel Thornley"),
            ("a crude analysis that insults", "Alan Whitcombe"),
            ("Today’s undergraduates are more focused,", "Alan Whitcombe"),
            ("It is hardly surprising that", "Alan Whitcombe"),
            ("enormous pressure", "vice-chancellor at a leading research university"),
            ("Nobody wants to be the", "vice-chancellor at a leading research university"),
            ("Degrees must be a reliable", "spokesman"),
            ("a bit deflating", "Hannah Okoro"),
            ("I worked incredibly hard for", "Hannah Okoro"),
        ],
    ),
]
