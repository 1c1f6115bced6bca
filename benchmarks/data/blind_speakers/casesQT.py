CASES = [
    (
        """Islanders left without car ferry as ageing vessel breaks down for third time this year

By Kirsty MacLennan

ISLANDERS on Inchmore have been left without a vehicle ferry for the second week running after the ageing MV Eilean Corran suffered another engine failure, prompting fresh calls for ministers to speed up the replacement programme.

The 38-year-old vessel was withdrawn from service on Tuesday morning after engineers discovered a fault with its port gearbox. Western Isles Ferry Services (WIFS), which operates the route from Ardnacraig, said a passenger-only service would run twice a day but could not say when the car ferry would return.

Donald Macaskill, chairman of Inchmore Community Council, said the latest breakdown had come at the worst possible time for the island's crofters, who were due to take livestock to the mainland sales this week.

"We have 400 lambs sitting in fields that should be at the mart in Oban on Thursday," he said. "Nobody is going to pay for the feed, nobody is going to compensate the families, and nobody in Edinburgh seems to think this is an emergency.

"Every time this boat breaks down we are told it is a one-off. It is not a one-off. It is the third time since March."

The island's only shop said it had been forced to ration fresh milk and bread. Its owner, Morag Gillies, told The Herald: "We got one delivery on the passenger boat yesterday, carried off in boxes by the crew. That's not sustainable for a community of 600 people."

A WIFS spokeswoman said the company "fully understands the frustration" of islanders and apologised for the disruption.

"Our engineering teams are working around the clock to return MV Eilean Corran to service as quickly as possible," she said. "We are also exploring whether another vessel can be redeployed from elsewhere in the network, although options are limited at this time of year."

According to the operator, the Eilean Corran is one of nine vessels in its fleet that are more than 30 years old. Two replacement ferries ordered from a yard in Poland are not expected to enter service until 2027.

Local MSP Ewan Robertson said the situation was "completely unacceptable" and called on the transport secretary to visit the island.

"Ministers have known for a decade that this fleet was at the end of its life," Mr Robertson said. "The people of Inchmore are paying the price for that failure, and they deserve to hear from the cabinet secretary in person."

A Scottish Government spokesman said: "We recognise the impact that disruption has on island communities. Ministers have committed more than £700 million to new vessels and port infrastructure, and we continue to work closely with WIFS to improve the resilience of the network."

WIFS said it would update customers through its website and app by 4pm each day.""",
        [
            ("We have 400 lambs sitting", "Donald Macaskill"),
            ("Nobody is going to pay", "Donald Macaskill"),
            ("Every time this boat breaks", "Donald Macaskill"),
            ("We got one delivery on", "Morag Gillies"),
            ("fully understands the frustration", "spokeswoman"),
            ("Our engineering teams are working", "spokeswoman"),
            ("We are also exploring whether", "spokeswoman"),
            ("completely unacceptable", "Ewan Robertson"),
            ("Ministers have known for a", "Ewan Robertson"),
            ("The people of Inchmore are", "Ewan Robertson"),
            ("We recognise the impact that", "spokesman"),
        ],
    ),
    (
        """Patients waited up to 19 hours in A&E at hospital where ambulances queued outside

By Rhys Pritchard, Health correspondent

Patients at one of west Wales' busiest hospitals waited up to 19 hours to be seen in its emergency department last month, new figures show.

Data published by Glan Teifi University Health Board shows that fewer than half of patients attending A&E at Ysbyty Bryn Derwen in Llanfechan were admitted, transferred or discharged within the four-hour target in October.

At times as many as 14 ambulances were queued outside the hospital, according to a health board report to its quality and safety committee, which warned that handover delays were "the single greatest risk" facing the service.

Carys Howells, from Cefnhir, whose 87-year-old father spent a night on a trolley in a corridor, described conditions as "like a war zone".

"Dad was lying there for 16 hours with nothing but a thin blanket," she said. "The nurses were wonderful, they were run off their feet, but there just weren't enough of them. I'm not blaming the staff at all - I'm blaming whoever has let it get this bad."

Dr Aled Morgan, the health board's medical director, said the figures were "not where we want them to be" and apologised to patients who had experienced long waits.

He said: "Our emergency department is seeing record numbers of people, many of whom are older and have complex needs. At the same time we have around 90 patients in our hospitals who are medically fit to leave but are waiting for a care package or a place in a care home.

"That means beds are not freeing up, and that has a knock-on effect all the way back to the front door."

Siân Bevan, the opposition's health spokeswoman in the Senedd, said the figures were "shameful" and "a direct consequence of years of drift".

"Behind every one of these numbers is a frightened patient and an exhausted nurse," she said. "Ministers keep telling us the corner has been turned. People in Llanfechan would like to know where that corner is."

A senior nurse at the hospital, who asked not to be named, told WalesOnline that staff were "at breaking point" and that some experienced colleagues had left for agency work.

"You go home at the end of a shift and you can't stop thinking about the people you didn't get to," she said.

A Welsh Government spokesperson said it had provided an extra £25m to health boards this winter to reduce ambulance handover delays and "expects to see rapid improvement" at Ysbyty Bryn Derwen.""",
        [
            ("the single greatest risk", "Glan Teifi University Health Board"),
            ("like a war zone", "Carys Howells"),
            ("Dad was lying there for", "Carys Howells"),
            ("The nurses were wonderful, they", "Carys Howells"),
            ("not where we want them", "Aled Morgan"),
            ("Our emergency department is seeing", "Aled Morgan"),
            ("That means beds are not", "Aled Morgan"),
            ("shameful", "Siân Bevan"),
            ("a direct consequence of years", "Siân Bevan"),
            ("Behind every one of these", "Siân Bevan"),
            ("Ministers keep telling us the", "Siân Bevan"),
            ("at breaking point", "senior nurse at the hospital"),
            ("You go home at the", "senior nurse at the hospital"),
            ("expects to see rapid improvement", "spokesperson"),
        ],
    ),
    (
        """Strathdee council tax to rise by 8% as three libraries face axe

By Graeme Duthie

Council tax bills in Strathdee will rise by 8% from April after councillors voted through a budget that also includes the closure of three libraries and cuts to swimming pool opening hours.

The ruling coalition's budget was passed by 24 votes to 19 following a seven-hour meeting at the council's headquarters in Inverbrae yesterday.

Council leader Alison Cruickshank said the authority had been left with “no good options” after a funding settlement from the Scottish Government which she described as “the toughest in living memory”.

“We have a gap of £21 million to close, and there is no magic pot of money sitting somewhere in this building,” she told the chamber.

“Every single line of this budget has been agonised over. I would rather not be standing here asking people to pay more, but the alternative is deeper cuts to the services our most vulnerable residents rely on.”

Under the plans, an average Band D bill will rise by about £116 a year. Libraries in Glenmuick, Aucheninver and Tornashean will close in the summer, with the mobile library service extended to cover the areas.

Opposition group leader Councillor Neil Forbes accused the administration of “balancing the books on the backs of rural communities”.

“Once these libraries close, they will never reopen,” he said. “You are taking away the one warm, free, public space in some of these villages.”

Around 60 protesters from the “Hands Off Our Libraries” campaign gathered outside the meeting before it began.

Retired teacher Elspeth Ross, who organised the protest, said more than 3,000 people had signed a petition against the closures in under a fortnight.

“The council consulted us, we told them what we thought, and they have ignored every word,” she said. “People in Tornashean will now have to take two buses to borrow a book.”

Finance convener Councillor Hamish Reid defended the package, insisting Strathdee would still have one of the lowest council tax rates in the north-east.

He said: “This is a responsible budget in impossible circumstances. We have protected teachers, we have protected social care, and we have protected the roads budget that rural residents tell us matters most to them.”

Fraser Lumsden, branch secretary of the council workers' union, said around 40 posts would be lost across libraries and leisure.

“We’ll be seeking urgent talks with management about redeployment,” he said. “Our members should not be paying for decisions made in Edinburgh.”

A council spokesman said consultation responses had been “carefully considered” and that officers would work with any community groups interested in taking over the library buildings.""",
        [
            ("no good options", "Alison Cruickshank"),
            ("the toughest in living memory", "Alison Cruickshank"),
            ("We have a gap of", "Alison Cruickshank"),
            ("Every single line of this", "Alison Cruickshank"),
            ("balancing the books on the", "Neil Forbes"),
            ("Once these libraries close, they", "Neil Forbes"),
            ("You are taking away the", "Neil Forbes"),
            ("The council consulted us, we", "Elspeth Ross"),
            ("People in Tornashean will now", "Elspeth Ross"),
            ("This is a responsible budget", "Hamish Reid"),
            ("We’ll be seeking urgent talks", "Fraser Lumsden"),
            ("Our members should not be", "Fraser Lumsden"),
            ("carefully considered", "spokesman"),
        ],
    ),
    (
        """Farmers give cautious welcome to revised support scheme

By Llinos Evans, Senedd reporter

Wales' farming leaders have given a cautious welcome to a revised version of the Welsh Government's controversial farm support scheme, after ministers cut the amount of land farmers must plant with trees.

Under the new proposals, published on Tuesday, farms will need to have tree cover on 4% of their land to qualify for the scheme's baseline payment, down from the 10% originally proposed.

Cabinet Secretary for Rural Affairs Dafydd Llewelyn told the Senedd the changes were the result of 'months of listening' to farmers.

'I have been to marts, to kitchen tables and to village halls from one end of Wales to the other,' he said. 'I have heard the anger, and I have heard the fear. This scheme is different because of what farmers told us.'

The scheme, which will replace EU-era payments from 2026, requires farmers to carry out a set of 'universal actions', including maintaining hedgerows and managing soil, in return for a basic annual payment.

Gwyn Parry, president of the Welsh Upland Farmers' Association, said: 'This is a step in the right direction, and it would be churlish not to say so.

'But the devil is in the detail, and we still have not seen the payment rates. Until we know what a family farm in the hills will actually receive, we cannot tell our members this is a scheme that works for them.'

The opposition's rural affairs spokesman, Owain Bowen MS, said the government had 'finally woken up' to the scale of anger in the countryside, a year after thousands of farmers protested outside the Senedd.

'This is a climbdown, pure and simple, and farmers should take the credit for it,' he said. 'But trust has been badly damaged, and it will take more than a press release to repair it.'

Environmental groups were less enthusiastic. Natur Cymru Link, a coalition of 30 conservation organisations, said the reduction in tree planting was 'a significant backwards step'.

'Wales cannot meet its legally binding climate targets without a major expansion of woodland, and farmland is where most of that woodland has to go,' the coalition said in a statement.

Elin Jenkins, 26, who farms 300 ewes with her parents near Llanfihangel Glyn Tanat, said younger farmers would welcome any certainty.

'We've spent two years not knowing whether we'd have a business at the end of this,' she said. 'I'd rather have a scheme I can plan around than another year of rows.'

A Welsh Government spokesperson said final payment rates would be published 'in the autumn', once the UK spending review had confirmed the Welsh budget.""",
        [
            ("months of listening", "Dafydd Llewelyn"),
            ("I have been to marts,", "Dafydd Llewelyn"),
            ("I have heard the anger,", "Dafydd Llewelyn"),
            ("This is a step in", "Gwyn Parry"),
            ("But the devil is in", "Gwyn Parry"),
            ("finally woken up", "Owain Bowen"),
            ("This is a climbdown, pure", "Owain Bowen"),
            ("But trust has been badly", "Owain Bowen"),
            ("a significant backwards step", "Natur Cymru Link"),
            ("Wales cannot meet its legally", "Natur Cymru Link"),
            ("We've spent two years not", "Elin Jenkins"),
            ("I'd rather have a scheme", "Elin Jenkins"),
            ("in the autumn", "spokesperson"),
        ],
    ),
    (
        """Drummond: 'I will not apologise for record NHS funding'

By Martin Kerr
Political Correspondent

FIRST Minister Iain Drummond has insisted he "will not apologise" for his government's handling of the NHS after new figures showed one in seven Scots is now on a hospital waiting list.

Official statistics published on Tuesday show more than 850,000 people are waiting for an outpatient appointment, inpatient treatment or day case procedure, an increase of 6 per cent on last year.

At a heated First Minister's Questions at Holyrood yesterday, opposition leader Catriona Blair accused the government of presiding over "a managed decline" of the health service.

"Behind these numbers are people in pain, unable to work, unable to look after their children, waiting two and three years for a hip or a knee," she told MSPs. "When will the First Minister stop blaming everybody else and take some responsibility?"

Mr Drummond hit back, telling the chamber: "I will not apologise for record NHS funding, for record numbers of staff, or for the fact that our core A&E departments have been the best performing in the UK for eight years. But I do recognise that waiting times are too long, and that is exactly why we are investing in new national treatment centres."

He said the centres would deliver "tens of thousands" of additional procedures by next spring.

Highlands and Islands MSP Fiona Mackintosh raised the suspension of consultant-led maternity services at Strathnaver General Hospital, which has left expectant mothers in the far north facing a round trip of more than 200 miles.

"Women are being told to book into a hotel near the hospital two weeks before their due date," she said. "That is not a maternity service. That is an endurance test."

The First Minister said he understood "the strength of feeling" in the area and confirmed the health secretary would meet campaigners next month.

Speaking to journalists after FMQs, the First Minister's official spokesman said the Scottish Government "does not accept" that the NHS was in managed decline.

"The First Minister has been clear that there is more to do, but the direction of travel on key measures is positive," he said.

The Scottish Association of Hospital Consultants said ministers needed to be "honest with the public" about how long recovery would take.

In a statement, the association said: "Our members are working flat out, but there are simply not enough beds, theatres or anaesthetists to clear this backlog in the timescales ministers keep promising."

One senior NHS manager in the west of Scotland, who asked not to be named, told The Scotsman: "Every year we're told this is the year we turn the corner. We never do. The money goes into keeping the lights on, not into fixing anything.\"""",
        [
            ("I will not apologise for", "Iain Drummond"),
            ("will not apologise", "Iain Drummond"),
            ("a managed decline", "Catriona Blair"),
            ("Behind these numbers are people", "Catriona Blair"),
            ("When will the First Minister", "Catriona Blair"),
            ("I will not apologise for", "Iain Drummond"),
            ("tens of thousands", "Iain Drummond"),
            ("Women are being told to", "Fiona Mackintosh"),
            ("That is not a maternity", "Fiona Mackintosh"),
            ("the strength of feeling", "Iain Drummond"),
            ("does not accept", "spokesman"),
            ("The First Minister has been", "spokesman"),
            ("honest with the public", "Scottish Association of Hospital Consultants"),
            ("Our members are working flat", "Scottish Association of Hospital Consultants"),
            ("Every year we're told this", "senior NHS manager in the west of Scotland"),
        ],
    ),
    (
        """Family's fury after gran, 81, lay on floor for 11 hours waiting for ambulance

By Stephen Kane

THE heartbroken family of a pensioner who lay on her kitchen floor for 11 hours waiting for an ambulance have demanded answers after she died in hospital days later.

Jean McAllister, 81, fell at her home in Drumlochy, Lanarkshire, in the early hours of January 14 and broke her hip.

Her daughter Lorraine McAllister, 54, made the first 999 call at 3.10am. An ambulance did not arrive until after 2pm.

Lorraine said: "Mum was lying there on the cold lino, screaming every time we tried to move her. We were told not to lift her in case we made it worse, so all we could do was put pillows under her head and wait.

"I phoned back five times. Every time the call handler said, 'You're on the list, we'll get to you as soon as we can.' Nobody could tell me when."

Jean was taken to St Kentigern's Royal Hospital, where she underwent surgery. She developed pneumonia and died on January 19.

Her son, Derek McAllister, 49, told the Record the family believed she would still be alive if she had been reached sooner.

"She was a fit, independent woman. She still did her own shopping and went to the bingo twice a week," he said.

"Eleven hours on a floor at 81 - that would break anybody. We want to know why there was no ambulance, and we want somebody to say sorry."

The family have lodged a formal complaint and contacted their local MSP, Paul Devlin, who described the case as "harrowing".

Devlin said: "No family should ever go through what the McAllisters have been through. I have written to the chief executive of the ambulance service asking for a full and urgent review."

The ambulance service said it could not comment on individual cases but confirmed it had been under "extreme pressure" that night, with 42 crews waiting outside hospitals to hand over patients.

A spokesperson for the ambulance service said: "We would like to extend our sincere condolences to Mrs McAllister's family. We would encourage them to contact us directly so that we can fully investigate their concerns."

NHS Clyde Valley, which runs St Kentigern's, said in a statement: "Our emergency department was extremely busy during this period. We are sorry for the distress experienced by Mrs McAllister's family and will respond to any complaint in full."

Lorraine added: "We'll never get Mum back. But if speaking out stops this happening to another family, then at least something good will have come from it.\"""",
        [
            ("Mum was lying there on", "Lorraine McAllister"),
            ("I phoned back five times.", "Lorraine McAllister"),
            ("You're on the list, we'll", "call handler"),
            ("She was a fit, independent", "Derek McAllister"),
            ("Eleven hours on a floor", "Derek McAllister"),
            ("harrowing", "Paul Devlin"),
            ("No family should ever go", "Paul Devlin"),
            ("extreme pressure", "ambulance service"),
            ("We would like to extend", "spokesperson"),
            ("Our emergency department was extremely", "NHS Clyde Valley"),
            ("We'll never get Mum back.", "Lorraine McAllister"),
        ],
    ),
    (
        """Parents vow to fight plans to shut two village schools

By Gareth Wyn Jones

Parents in the Alun valley have vowed to fight plans to close two Welsh-medium village primary schools and replace them with a new £9m “area school” three miles away.

Clwydmor County Council's cabinet on Tuesday approved a statutory consultation on the future of Ysgol Bryn Eithin and Ysgol Pant-y-Wern, which have 31 and 26 pupils respectively.

According to a report to cabinet, both schools are operating at less than half their capacity, and the cost of educating each pupil is almost double the county average.

The report, titled “Shaping Our Schools for the Future”, said the current arrangements were “not sustainable in the medium to long term” and that a single larger school would offer “a broader curriculum and better facilities”.

Cabinet member for education Cllr Meinir Roberts said no decision had yet been taken.

“I want to be absolutely clear that this is a consultation, not a done deal,” she said. “I grew up in a village with a small school and I know how much these buildings mean to communities. But we have a duty to every child in the county, and we cannot ignore the fact that these schools are half empty.”

But parent Rhiannon Lloyd, whose two children attend Ysgol Pant-y-Wern, said the village would “die” without its school.

“The school is the heart of this community. It’s where the Christmas concert is, it’s where the eisteddfod is, it’s where the older people come for their lunch club,” she told the Daily Post.

“Take that away and young families won’t move here. Then the shop goes, then the chapel goes, and in twenty years you have a village full of holiday homes.”

Language campaigners Cylch Iaith Dyffryn Alun said in a statement that they were “deeply concerned” about the impact on the Welsh language, pointing out that more than 80% of pupils at both schools come from Welsh-speaking homes.

“Small rural schools are the frontline of the language,” the statement said. “The council must carry out a full Welsh language impact assessment before going any further.”

Cllr Iwan Hughes, who represents Pant-y-Wern on the council, said he had been “inundated” with messages from constituents and would oppose the closures.

“I’ve had more emails about this than about anything else in eight years as a councillor,” he said. “People here are not against change. They are against being told the answer before they have been asked the question.”

The consultation will run until March 14, with drop-in sessions at both schools. A final decision is expected in the summer.""",
        [
            ("not sustainable in the medium", "Clwydmor County Council"),
            ("a broader curriculum and better", "Clwydmor County Council"),
            ("I want to be absolutely", "Meinir Roberts"),
            ("I grew up in a", "Meinir Roberts"),
            ("die", "Rhiannon Lloyd"),
            ("The school is the heart", "Rhiannon Lloyd"),
            ("Take that away and young", "Rhiannon Lloyd"),
            ("deeply concerned", "Cylch Iaith Dyffryn Alun"),
            ("Small rural schools are the", "Cylch Iaith Dyffryn Alun"),
            ("The council must carry out", "Cylch Iaith Dyffryn Alun"),
            ("inundated", "Iwan Hughes"),
            ("I’ve had more emails about", "Iwan Hughes"),
            ("People here are not against", "Iwan Hughes"),
        ],
    ),
    (
        """Anger as winter timetable cuts Haaf ferry to three days a week

Residents of the North Isles have reacted angrily to plans to cut the winter ferry service to Haaf from six days a week to three, with the island's community association chairwoman warning the move could ‘finish off’ the island.

Nordholm Islands Council, which runs the internal ferry network, says crew shortages and a £1.8 million overspend on the service have left it with no choice.

The proposed timetable, discussed at a meeting of the development and infrastructure committee on Wednesday, would see the MV Noust Lass sail to Haaf on Mondays, Wednesdays and Fridays between October and March.

Committee chairman Councillor Magnus Flett said: ‘Nobody on this committee wants to be cutting lifeline services. But we have been running this network on goodwill and overtime for two years, and we simply do not have the crew to keep it going at the current level.’

He said the council had been asking for proper funding for internal ferries for more than a decade, and that islanders had been ‘let down time and again’ by successive governments.

Ingrid Rendall, who chairs Haaf Community Association, said the community had learned of the plans through social media.

‘Nobody from the council came out to the island. Nobody phoned us. We read about it on Facebook like everybody else,’ she said.

‘We have a nurse who comes across twice a week, children who go to the secondary school in Kirkvoe, and a fish farm that needs feed delivered. Three days a week is not a service, it’s a gesture.’

The island’s population has fallen from 212 in 2001 to 131 at the last census.

A spokesman for Haaf Salmon Ltd, which employs 14 people on the island, said the company was ‘urgently assessing’ what the change would mean for its operations.

One deckhand, who did not want to be named, said crews were ‘exhausted’ after months of covering for vacancies. ‘Some weeks you’re doing sixty hours. Folk can’t keep that up,’ he said.

Isles MSP Kirsteen Laughton told reporters during a visit to the island on Thursday that she would raise the matter at Holyrood.

‘Internal ferries in the islands are every bit as much a lifeline as the big routes to the mainland, and the funding should reflect that,’ she said.

A Scottish Government spokeswoman said ministers had provided £17.5m to island councils for ferry services this year and ‘remain committed to working with Nordholm Islands Council on a long-term, sustainable solution’.

Residents can comment on the proposals until 28 November, after which a final decision will be taken by the full council.""",
        [
            ("finish off", "Ingrid Rendall"),
            ("Nobody on this committee wants", "Magnus Flett"),
            ("let down time and again", "Magnus Flett"),
            ("Nobody from the council came", "Ingrid Rendall"),
            ("We have a nurse who", "Ingrid Rendall"),
            ("urgently assessing", "spokesman"),
            ("exhausted", "deckhand"),
            ("Some weeks you’re doing sixty", "deckhand"),
            ("Internal ferries in the islands", "Kirsteen Laughton"),
            ("remain committed to working with", "spokeswoman"),
        ],
    ),
]
