CASES = [
    (
        """Midlands university to cut 300 jobs as overseas recruitment slumps

Harriet Coldwell

Ashbourne Trent University is to cut about 300 jobs and close two departments after a sharp fall in international student numbers left it facing a £28 million deficit, staff have been told.

In an email to employees seen by Times Higher Education, the vice-chancellor, Sir Malcolm Oduya, said the institution faced “the most difficult financial position in its history” and that “doing nothing is not an option”.

The university, which has about 19,000 students across campuses in Derby and Burton upon Trent, said recruitment of international postgraduate taught students had fallen by 41 per cent in two years, following the government’s restrictions on dependants and continuing uncertainty over the graduate route.

Proposals include the closure of the departments of modern languages and of music, and the merger of three engineering schools into a single faculty. A voluntary severance scheme will open next week.

“We have looked at every alternative,” Sir Malcolm wrote. “We have frozen recruitment, sold property and reduced our spending on everything from travel to software licences. But the gap is simply too large to close without reducing the size of our workforce.”

The local branch of the Academic and Professional Staff Union (APSU) said it would ballot members for industrial action if compulsory redundancies were not ruled out.

“Staff are being asked to pay for a decade of reckless expansion and vanity building projects,” said Rebecca Anstey, the branch president and a senior lecturer in history. “Management borrowed heavily on the assumption that overseas fees would keep rising for ever. Now that bet has failed, and it is technicians, administrators and lecturers who will lose their livelihoods.”

She added that the closure of music would leave the region “without a single university music department between Nottingham and Birmingham”.

A university spokeswoman said the institution would “work closely with our trade unions throughout this process” and that students on affected courses would be able to complete their degrees.

Ashbourne Trent is the latest of more than 70 UK universities to announce redundancy programmes in the past 12 months, according to figures compiled by the union.

Jonathan Pereira, director of the Centre for Higher Education Finance, a thinktank, said many institutions in the Midlands and the North of England were especially exposed because they had relied on a small number of recruitment markets, such as Nigeria and India.

“The institutions that are being hit hardest are the ones that grew fastest,” he said. “Several universities doubled their postgraduate intake in three or four years and built their cost base around it. When recruitment reverses, there is very little room to manoeuvre.”

A government spokesperson said: “We recognise the financial pressures facing some providers, which is why we have raised tuition fees for the first time in eight years. The regulator continues to monitor the financial health of the sector closely.”""",
        [
            ("the most difficult financial position", "Malcolm Oduya"),
            ("doing nothing is not an", "Malcolm Oduya"),
            ("We have looked at every", "Malcolm Oduya"),
            ("We have frozen recruitment, sold", "Malcolm Oduya"),
            ("Staff are being asked to", "Rebecca Anstey"),
            ("Management borrowed heavily on the", "Rebecca Anstey"),
            ("without a single university music", "Rebecca Anstey"),
            ("work closely with our trade", "spokeswoman"),
            ("The institutions that are being", "Jonathan Pereira"),
            ("Several universities doubled their postgraduate", "Jonathan Pereira"),
            ("We recognise the financial pressures", "spokesperson"),
        ],
    ),
    (
        """Swansea students offered rent refund over mouldy halls

By Carys Whitfield, BBC Wales education correspondent

Hundreds of students living in a university hall of residence in Swansea are to be offered a partial rent refund after complaints about damp, mould and broken heating.

Ty Gwernant, which houses about 420 first-year students at Glanmor University, has been the subject of a petition signed by more than 1,100 people.

Students described finding black mould on walls and ceilings, and said some flats had been without hot water for up to a fortnight.

First-year biology student Megan Pritchard, 19, said she had been "constantly ill" since moving in in September.

"I've had a cough since October and so has my flatmate," she said. "We've been wiping the walls down with bleach every week but it just comes back. You're paying nearly £7,000 a year for this."

Another student, who asked not to be named, told BBC Wales the heating in her flat had failed three times since the start of term. "We were sitting in our rooms in coats and hats doing our assignments," she said.

In a statement, Glanmor University said it was "sorry for the disruption and distress" caused to residents and would refund 15% of the rent for the autumn term to every student in the building.

It said a specialist contractor had been brought in to treat affected rooms and that a new ventilation system would be installed over the summer.

Prof Alun Bevan, the university's pro vice-chancellor for student experience, said: "The condition of some rooms in Ty Gwernant has fallen well below the standard our students are entitled to expect, and I want to apologise to them and to their families.

"We have listened to the concerns that were raised and we are acting on them. No student will be asked to stay in a room that is not fit to live in."

The students' union welcomed the refund but said it did not go far enough.

Its president, Osian Rees, said: "A 15% rebate is a start, but students have been living with this for months. Many of them have had to buy dehumidifiers and heaters out of their own pockets, and some have missed lectures because they've been unwell."

He said the union wanted the university to extend the refund to the spring term and to commission an independent inspection of all its halls.

The university said about 60 students had already been moved to other accommodation at their own request.

The Welsh government said the condition of student accommodation was a matter for individual institutions, but that it expected all landlords to provide "safe, warm and healthy homes".""",
        [
            ("constantly ill", "Megan Pritchard"),
            ("I've had a cough since", "Megan Pritchard"),
            ("We've been wiping the walls", "Megan Pritchard"),
            ("We were sitting in our", "student"),
            ("sorry for the disruption and", "Glanmor University"),
            ("The condition of some rooms", "Alun Bevan"),
            ("We have listened to the", "Alun Bevan"),
            ("A 15% rebate is a", "Osian Rees"),
            ("safe, warm and healthy homes", "Welsh government"),
        ],
    ),
    (
        """Universities ‘running to stand still’ despite €80m funding boost

Orla Dempsey, Education Correspondent

Universities have warned that an additional €80 million in core funding announced in the budget falls well short of what is needed to reverse more than a decade of underinvestment in the third-level sector.

Minister for Further and Higher Education Declan Furlong said the increase, which brings core grant funding to its highest level in more than 10 years, showed the Government was “serious about investing in our universities and our young people”.

Speaking in Dublin on Wednesday, Mr Furlong said the funding would be targeted at reducing staff-student ratios, which have risen sharply since the financial crisis, and at expanding places in medicine, nursing and teaching.

“This is a substantial investment and it builds on the increases we have delivered in each of the last three budgets,” he said. “We are not going to fix 15 years of pressure in a single year, but we are moving firmly in the right direction.”

However, the Council of Irish Universities (CIU), which represents the heads of the State’s universities, said the sector still faced an annual funding gap of about €300 million, based on the Government’s own estimates.

In a statement, the council said the budget allocation amounted to “a fraction of what was promised” and warned that Irish universities were “slipping down international rankings year after year”.

Prof Niamh Cassidy, president of the University of Connacht and chairwoman of the CIU, said institutions had been “running to stand still”.

“Student numbers have grown by more than 30 per cent in a decade while our funding per student is still lower than it was in 2008,” she told The Irish Times. “We are competing for researchers and academic staff with universities in the Netherlands, in Denmark and in the UK that are far better resourced. Goodwill can only stretch so far.”

Students also expressed disappointment that the budget did not include a further reduction in the student contribution charge, currently €3,000 a year, following a once-off €1,000 cut last year.

Ciarán Mac Giolla Rua, president of the Students’ Union of Ireland, said the decision not to renew the reduction amounted to “a €1,000 tax on students and their families” at a time of record rents.

“Students are sleeping on couches, commuting four hours a day, and working 30-hour weeks alongside full-time study,” he said. “This budget has done nothing for them.”

A spokesman for the Department of Further and Higher Education said the Minister remained committed to reducing the student contribution “over the lifetime of this Government” and pointed out that income thresholds for student grants had been increased by 5 per cent.""",
        [
            ("running to stand still", "Niamh Cassidy"),
            ("serious about investing in our", "Declan Furlong"),
            ("This is a substantial investment", "Declan Furlong"),
            ("We are not going to", "Declan Furlong"),
            ("a fraction of what was", "Council of Irish Universities"),
            ("slipping down international rankings year", "Council of Irish Universities"),
            ("running to stand still", "Niamh Cassidy"),
            ("Student numbers have grown by", "Niamh Cassidy"),
            ("We are competing for researchers", "Niamh Cassidy"),
            ("a €1,000 tax on students", "Ciarán Mac Giolla Rua"),
            ("Students are sleeping on couches,", "Ciarán Mac Giolla Rua"),
            ("This budget has done nothing", "Ciarán Mac Giolla Rua"),
            ("over the lifetime of this", "spokesman"),
        ],
    ),
    (
        """AI cheating cases triple as students complain of ‘guilty until proven innocent’ approach

Sally Weston Education correspondent

Academic misconduct investigations involving artificial intelligence have more than tripled at some UK universities in two years, according to figures obtained by the Guardian, prompting warnings that students are being wrongly accused on the basis of unreliable detection software.

Freedom of information requests to 96 universities found that at least 7,400 students were investigated for suspected misuse of AI tools such as ChatGPT in the last academic year, up from about 2,100 in 2022-23. Of the 61 institutions that provided complete figures, 14 reported increases of more than 300%.

Priya Lal, a final-year law student at a university in the north-west of England, said she spent nearly three months under investigation after an essay was flagged by detection software. She was eventually cleared after submitting her browser history and earlier drafts of the work.

“It was guilty until proven innocent,” she said. “I had to prove that I had written my own essay, and nobody could tell me what the software had actually found. I couldn’t sleep. I thought I was going to lose my training contract.”

Dr Tom Hallam, a senior lecturer in computing at Northfield University who has researched detection tools, said they were “not fit for the purpose they are being used for”.

“These systems produce false positives at rates that would be unacceptable in any other disciplinary context,” he said. “They are particularly likely to flag writing by students who speak English as an additional language, because their prose tends to be more formulaic.”

One senior lecturer at a Russell Group university, who asked not to be named, said staff were under pressure to refer cases. “We have been told that if we suspect AI use we have to report it, full stop. But there is no guidance on what counts as evidence. Colleagues are essentially guessing.”

The Universities Forum, which represents vice-chancellors, said institutions were redesigning assessment to take account of generative AI and that detection tools should “never be used as the sole basis” for a misconduct finding.

A spokesperson said: “Universities take academic integrity extremely seriously, and students rightly expect that their qualifications will hold their value. The sector is moving quickly towards forms of assessment, such as oral examinations and in-class work, that are more resilient to misuse.”

The Student Complaints Ombudsman, which handles complaints in England and Wales, said it had seen a rise in cases about AI-related misconduct procedures. Its chief executive, Fiona Marsh, said universities needed to ensure their processes were “fair, transparent and proportionate”.

The National Student Alliance has called for a moratorium on the use of detection software. Its vice-president for higher education, Kwame Asante, said: “Students are having their futures put at risk by a black box. Until universities can show these tools work, they should stop using them.”""",
        [
            ("guilty until proven innocent", "Priya Lal"),
            ("It was guilty until proven", "Priya Lal"),
            ("I had to prove that", "Priya Lal"),
            ("not fit for the purpose", "Tom Hallam"),
            ("These systems produce false positives", "Tom Hallam"),
            ("They are particularly likely to", "Tom Hallam"),
            ("We have been told that", "senior lecturer at a Russell Group university"),
            ("never be used as the", "Universities Forum"),
            ("Universities take academic integrity extremely", "spokesperson"),
            ("fair, transparent and proportionate", "Fiona Marsh"),
            ("Students are having their futures", "Kwame Asante"),
        ],
    ),
    (
        """Universities fear research will be swallowed by 'competitiveness fund'

BRUSSELS - European university associations have stepped up their campaign to protect the EU's next research framework programme, amid fears that it could lose its independence under plans to merge several funding streams into a single European Competitiveness Fund.

In an open letter to heads of government published on Monday, the Alliance of European Research Universities (AERU), which represents 140 institutions in 22 countries, said that folding research into a broader industrial fund would "undermine four decades of European scientific success" and risk "turning excellent science into an afterthought".

The letter, co-signed by 13 other university networks, calls for the successor to Horizon Europe to have a ring-fenced budget of at least EUR200 billion over seven years - roughly double the current programme.

"We are not asking for special treatment," said Katrin Vogelsang, AERU's secretary general. "We are asking for the research programme to remain what it has always been: a programme that funds the best ideas, wherever they come from, on the basis of excellence alone."

Vogelsang said the European Research Council, which funds investigator-led frontier research, was "the crown jewel" of EU science policy and must remain "fully autonomous and protected from short-term political priorities".

The European Commission is expected to publish its proposal for the next long-term budget, covering 2028 to 2034, in the summer. Officials have signalled that the Commission wants greater flexibility to steer money towards strategic technologies such as semiconductors, artificial intelligence and clean energy.

A Commission spokesperson said no decisions had yet been taken. "Research and innovation will remain at the heart of Europe's competitiveness agenda," the spokesperson said. "The aim is to simplify, not to weaken."

But one senior diplomat from a northern member state, speaking on condition of anonymity, said several capitals were sceptical. "There is a real risk that research becomes a piggy bank that is raided whenever there is a new crisis," the diplomat said.

The concern is shared in the European Parliament. Tomás Iribarren, a Spanish MEP who sits on the industry, research and energy committee, told reporters in Strasbourg that Parliament would "fight for a stand-alone programme with its own legal basis".

"Europe cannot talk about competitiveness and then cut the very thing that produces it," he said.

Universities in central and eastern Europe have raised a separate concern: that a bigger budget awarded on excellence alone would widen the gap in success rates between east and west. Professor Marek Zielonka, rector of the Sudety University of Technology in Walbrzych, Poland, said institutions in his region were "tired of being told to wait".

"We support excellence, of course," Zielonka said. "But excellence needs infrastructure, and infrastructure needs investment. Without widening measures, the map of European science will stay exactly as it is."

EU research ministers are due to discuss the future of the programme at a meeting in Luxembourg next month.""",
        [
            ("undermine four decades of European", "Alliance of European Research Universities"),
            ("turning excellent science into an", "Alliance of European Research Universities"),
            ("We are not asking for", "Katrin Vogelsang"),
            ("We are asking for the", "Katrin Vogelsang"),
            ("the crown jewel", "Katrin Vogelsang"),
            ("fully autonomous and protected from", "Katrin Vogelsang"),
            ("Research and innovation will remain", "spokesperson"),
            ("The aim is to simplify,", "spokesperson"),
            ("There is a real risk", "senior diplomat from a northern member state"),
            ("fight for a stand-alone programme", "Tomás Iribarren"),
            ("Europe cannot talk about competitiveness", "Tomás Iribarren"),
            ("tired of being told to", "Marek Zielonka"),
            ("We support excellence, of course,", "Marek Zielonka"),
            ("But excellence needs infrastructure, and", "Marek Zielonka"),
        ],
    ),
    (
        """Scottish students ‘squeezed out’ of places at top universities, MSPs told

By Euan Lockhart, Education Correspondent

Scottish school-leavers with top grades are being turned away from their local universities because the number of funded places has failed to keep pace with demand, a Holyrood committee has heard.

Giving evidence to the education, children and young people committee, Professor Morag Sinclair, principal of Glenburn University, said institutions were being forced to ‘ration’ places for Scottish-domiciled students while the cost of teaching each of them rose.

‘We receive significantly less for teaching a Scottish student than it costs us to deliver that education,’ she told MSPs. ‘Every year the gap widens. The only way we can balance the books is by recruiting students from the rest of the UK and from overseas, who pay fees, and by capping the number of Scottish students we take.’

She said the shortfall was now about £2,600 per student per year, according to her university’s analysis, and warned that the situation was ‘not sustainable in the medium term’.

The committee heard that applications from Scottish 18-year-olds to the country’s four ancient universities had risen by 12 per cent over five years, while the number of offers made to them had fallen.

Labour MSP Gordon McAllister said constituents had contacted him after their children, who had achieved five A grades at Higher, were rejected by courses in medicine, law and veterinary science.

‘These are young people who have done everything that was asked of them,’ he said. ‘They are being squeezed out of their own universities, and families are asking me why a student from Shanghai or Surrey can get a place that their daughter cannot.’

Professor Sinclair rejected the suggestion that international students were taking places from Scots, saying the two groups were funded entirely separately. ‘Without international fee income, there would be fewer places for Scottish students, not more,’ she said.

The Scottish Government said it remained committed to free tuition and had provided more than £1 billion to universities through the Scottish Funding Council this year.

A spokeswoman said: ‘Free tuition is a cornerstone of this Government’s commitment to fairness. We will continue to work with the sector to ensure that access to university is based on the ability to learn, not the ability to pay.’

Student leaders told the committee that the focus on places risked overshadowing the cost-of-living pressures facing those already at university. Aisha Rahman, president of the Scottish Students’ Council, said a survey of 3,000 students had found that one in five had skipped meals to save money.

‘Free tuition means very little if you can’t afford to eat,’ she said.""",
        [
            ("squeezed out", "Gordon McAllister"),
            ("ration", "Morag Sinclair"),
            ("We receive significantly less for", "Morag Sinclair"),
            ("Every year the gap widens.", "Morag Sinclair"),
            ("not sustainable in the medium", "Morag Sinclair"),
            ("These are young people who", "Gordon McAllister"),
            ("They are being squeezed out", "Gordon McAllister"),
            ("Without international fee income, there", "Morag Sinclair"),
            ("Free tuition is a cornerstone", "spokeswoman"),
            ("Free tuition means very little", "Aisha Rahman"),
        ],
    ),
    (
        """Dutch universities cut English-language courses as foreign intake curbed

Lena Hofstra in Amsterdam

Dutch universities are preparing to scrap or convert dozens of English-taught degree programmes after the government ordered a reduction in the number of international students, in a move critics say will damage the country’s standing as one of Europe’s leading destinations for foreign talent.

The education ministry has told institutions that from 2027 at least two-thirds of bachelor’s teaching should be in Dutch, except in programmes that can demonstrate a specific labour market need or an international character.

Willem de Graaf, the education minister, told parliament last week that the influx of foreign students had put “unacceptable pressure” on housing in university cities and that Dutch must remain “the language of our higher education”.

“Openness is valuable, but not at any price,” he said. “Dutch students should not be competing with thousands of international students for a room, or finding that they cannot study in their own language in their own country.”

Rijnmond University of Technology said on Tuesday that it would convert seven of its 12 English-taught bachelor’s programmes to Dutch, and close its international bachelor in industrial design. According to its own figures, 44 per cent of first-year students at the university came from outside the Netherlands last year.

In a statement, the university said it regretted the decision but had “no choice but to comply with the direction set by the government”. It warned that the changes could cost it up to €40mn a year in lost fee and government income.

Annelies Verbeek, Rijnmond’s rector magnificus, said the country was “sending a signal to the world that we no longer want them here”.

“Our engineering faculties depend on international staff and students,” she said in an interview. “Half of our PhD candidates come from abroad. If we close the front door at bachelor level, we will see the effects on research within five years.”

Employers have also raised concerns. The Holland Tech Employers’ Federation said in a letter to MPs that companies in the semiconductor sector already faced a shortfall of several thousand engineers.

A senior executive at one of the country’s largest chipmakers, who asked not to be identified, called the policy “baffling”. “We spend millions trying to attract engineers from India and Taiwan, and at the same time the government is telling universities to send them away,” the executive said.

Not all academics oppose the measures. Joost Mulder, a professor of linguistics at the University of Zuidmeer, said the rapid growth of English-only teaching had gone largely unexamined. “There has been a kind of linguistic drift,” he said. “Nobody decided that Dutch universities should become English universities. It simply happened, programme by programme, because it brought in money.”

The National Student Union said the housing shortage was the result of decades of under-building, and that “blaming international students is politically convenient but factually wrong”.""",
        [
            ("unacceptable pressure", "Willem de Graaf"),
            ("the language of our higher", "Willem de Graaf"),
            ("Openness is valuable, but not", "Willem de Graaf"),
            ("Dutch students should not be", "Willem de Graaf"),
            ("no choice but to comply", "Rijnmond University of Technology"),
            ("sending a signal to the", "Annelies Verbeek"),
            ("Our engineering faculties depend on", "Annelies Verbeek"),
            ("Half of our PhD candidates", "Annelies Verbeek"),
            ("baffling", "senior executive at one of the country’s largest chipmakers"),
            ("We spend millions trying to", "senior executive at one of the country’s largest chipmakers"),
            ("There has been a kind", "Joost Mulder"),
            ("Nobody decided that Dutch universities", "Joost Mulder"),
            ("blaming international students is politically", "National Student Union"),
        ],
    ),
    (
        """Early-career researchers hit hardest as grant success rates fall to record low

By Daniel Okafor

Success rates for responsive-mode grants at the UK’s largest life sciences funder fell to 14 per cent last year, the lowest since records began, with early-career applicants faring worst.

Figures published by the Bioscience and Medical Research Council (BMRC) on Thursday show that it received 3,912 applications in 2024-25 and funded 548. Among applicants who had held their first permanent post for less than five years, the success rate was 9 per cent.

The council said the decline reflected a 22 per cent rise in applications over three years rather than any cut in the money available. In its annual report, titled “Investing in Discovery”, it said demand had been driven by “a growing and increasingly productive research base” and by the loss of other sources of funding, particularly from medical charities.

Professor Sarah Whitcombe, the BMRC’s executive chair, said the council was “acutely aware” of the pressure on early-career researchers.

“A success rate of 14 per cent means that a great deal of excellent science is going unfunded, and that is not a situation anyone is comfortable with,” she told Research Professional News. “But the answer cannot simply be to fund more of the same.

“We are looking hard at how we run our schemes, including whether we should limit the number of applications an institution can submit, and whether we need ring-fenced support for people at the start of their independent careers.”

Researchers said the figures confirmed what many had experienced. Dr Hannah Lindqvist, a cell biologist at the University of Eastmoor who leads a three-person lab, said she had submitted five applications in two years without success.

“Every rejection comes with reviewers’ scores saying the work is excellent and fundable,” she said. “You start to feel you’re playing the lottery. I know brilliant people who have simply left science in the last year because they couldn’t keep a group together.”

The figures come as the government prepares its spending review. Gareth Pryce, director of the Science Policy Forum, a lobby group, said: “These numbers should alarm ministers. The UK wants to be a science superpower, but we are turning away the very people who would make that a reality.”

According to a senior official at one research-intensive university, internal vetting of applications before submission is now “standard practice” across the sector, with only the strongest proposals allowed to go forward.

“We simply can’t afford the staff time on applications that have no realistic chance,” the official said.

A government spokesperson said: “We are investing record sums in research and development, and decisions on future allocations will be set out at the spending review.”""",
        [
            ("a growing and increasingly productive", "Bioscience and Medical Research Council"),
            ("acutely aware", "Sarah Whitcombe"),
            ("A success rate of 14", "Sarah Whitcombe"),
            ("But the answer cannot simply", "Sarah Whitcombe"),
            ("We are looking hard at", "Sarah Whitcombe"),
            ("Every rejection comes with reviewers’", "Hannah Lindqvist"),
            ("You start to feel you’re", "Hannah Lindqvist"),
            ("These numbers should alarm ministers.", "Gareth Pryce"),
            ("standard practice", "senior official at one research-intensive university"),
            ("We simply can’t afford the", "senior official at one research-intensive university"),
            ("We are investing record sums", "spokesperson"),
        ],
    ),
]
