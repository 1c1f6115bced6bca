CASES = [
    (
        """'Devastating blow' as 340 jobs go at Brinsford Heath car parts plant

By Kelly Marsh, Industry Reporter

More than 340 workers face losing their jobs after a Black Country car parts maker announced it will close its factory by the end of the year.

Harlow Precision Components, which makes steering columns and brake assemblies for several major car makers, told staff at its Brinsford Heath site on Tuesday morning that production would be wound down from September.

The company blamed falling orders, rising energy bills and the shift to electric vehicles, which it said had left the plant "without a viable future".

In a statement, the firm said: "This has been an extremely difficult decision and was taken only after every alternative had been explored. We recognise the impact it will have on our colleagues, their families and the wider community, and we will do everything we can to support them."

Union leaders reacted with fury, accusing bosses of giving staff no warning.

Dave Pritchard, regional officer for the Amalgamated Motor and Engineering Union, said: "Our members found out this morning in a canteen meeting that lasted ten minutes. Some of them have worked here for thirty years. That is no way to treat people."

He added that the union would be demanding an urgent meeting with the company and would "leave no stone unturned" in trying to save the site.

"We've seen this film before in the Black Country," he said. "A plant closes, the work goes to eastern Europe and the jobs never come back. We're not going to stand by and let it happen again."

One worker, who asked not to be named, told the Mail: "I've got a mortgage and two kids. I came in this morning thinking it was a normal shift and I'm going home not knowing how I'll pay the bills."

Local MP Sandra Okafor described the news as "a devastating blow" for the town and said she had written to the Business Secretary asking for government help.

"Harlow's has been part of Brinsford Heath for more than sixty years," Ms Okafor said. "I will be pressing the company to sit down with the union and look at every option before the gates are locked for good."

Cllr Martin Teague, leader of Ashmere Borough Council, said the authority's jobs and skills team would be on site from next week to help affected staff find new work or retrain.

The plant, on the Coldbrook Road industrial estate, opened in 1962 and at one time employed more than 1,000 people.

The firm said it expected to begin a formal 45-day consultation with employees immediately.""",
        [
            ("Devastating blow", "Sandra Okafor"),
            ("without a viable future", "Harlow Precision Components"),
            ("This has been an extremely", "Harlow Precision Components"),
            ("Our members found out this", "Dave Pritchard"),
            ("leave no stone unturned", "Dave Pritchard"),
            ("We've seen this film before", "Dave Pritchard"),
            ("A plant closes, the work", "Dave Pritchard"),
            ("I've got a mortgage and", "worker"),
            ("a devastating blow", "Sandra Okafor"),
            ("Harlow's has been part of", "Sandra Okafor"),
            ("I will be pressing the", "Sandra Okafor"),
        ],
    ),
    (
        """Tregarwen engine plant closure: 620 jobs at risk

An engine factory in the south Wales valleys is to close with the loss of up to 620 jobs, its Japanese-owned parent company has confirmed.

Kestrel Powertrain Europe said production at its Tregarwen site would end in spring 2026 as it moved manufacturing of its petrol engines to a plant in Slovakia.

The company said demand for combustion engines in Europe had fallen "faster than anyone predicted".

Unions described the decision as "a betrayal" of a workforce which had agreed to a pay freeze two years ago to help secure the plant's future.

Workers were told the news at a series of meetings on Thursday.

Gareth Llewellyn, who has worked at the plant for 22 years and is the site convenor for the Federation of Manufacturing Workers, said the mood on the shop floor was "grim".

"People did everything that was asked of them," he told BBC Wales. "We took the pay freeze, we changed shift patterns, we hit every quality target. And this is what we get."

"There are families here where three generations have worked on that line. You can't just switch that off and expect the valley to carry on as normal."

Kestrel's European managing director, Hiroshi Tanabe, said in a statement: "We are deeply grateful to our team in Tregarwen for their commitment over many years. This decision is no reflection on their performance, which has been consistently excellent."

He said the company would work with unions and the Welsh government "to minimise the impact on employees and the community".

Welsh government economy secretary Rhian Pugh said she was "extremely disappointed" and that ministers had offered financial support to keep the plant open.

"We made a substantial offer to Kestrel and we are disappointed that it has not been enough," she said. "Our priority now is the workforce, and we will be putting together a taskforce to support everyone affected."

The plant opened in 1991 and at its peak employed more than 1,400 people, making it one of the largest private employers in the area.

Local councillor Eleri Watkins said the closure would hit shops and businesses across the valley.

"Every pound those wages bring in gets spent in Tregarwen," she said. "When you take 600 jobs out, you are taking the heart out of the high street."

The Federation of Manufacturing Workers said it would consult members on possible industrial action.

A spokesperson for the union said: "We will be demanding the company opens its books and shows us the numbers behind this decision. Our members deserve nothing less."

Kestrel said formal consultation with staff would begin next week.""",
        [
            ("faster than anyone predicted", "Kestrel Powertrain Europe"),
            ("a betrayal", "unions"),
            ("grim", "Gareth Llewellyn"),
            ("People did everything that was", "Gareth Llewellyn"),
            ("We took the pay freeze,", "Gareth Llewellyn"),
            ("There are families here where", "Gareth Llewellyn"),
            ("We are deeply grateful to", "Hiroshi Tanabe"),
            ("to minimise the impact on", "Hiroshi Tanabe"),
            ("extremely disappointed", "Rhian Pugh"),
            ("We made a substantial offer", "Rhian Pugh"),
            ("Our priority now is the", "Rhian Pugh"),
            ("Every pound those wages bring", "Eleri Watkins"),
            ("When you take 600 jobs", "Eleri Watkins"),
            ("We will be demanding the", "spokesperson"),
        ],
    ),
    (
        """Workers at Hetton Moor car plant reject pay offer as strike ballot looms

By Claire Bewick, Business Editor

Thousands of workers at one of the North East’s biggest car factories have overwhelmingly rejected a two-year pay offer, raising the prospect of the first strike at the site in its 30-year history.

Members of the Amalgamated Motor and Engineering Union (AMEU) at Vantor Motors’ Hetton Moor plant voted by 78% to turn down the deal, which would have given staff a 4.5% rise this year and a further 3% in 2026.

The union said the offer fell “well short” of what was needed after two years in which living costs had outstripped wages.

Craig Dodds, the AMEU’s senior convenor at Hetton Moor, said: “Our members have built this plant’s reputation as one of the most productive in Europe. They have made the company hundreds of millions of pounds and they are not prepared to accept a real-terms cut.

“We don’t want a dispute. Nobody on that shop floor wants to lose a day’s pay. But the company needs to come back to the table with something that reflects the value of this workforce.”

The union will now hold a formal ballot for industrial action, with the result expected next month.

Vantor, which employs around 6,200 people at Hetton Moor and supports thousands more jobs in its supply chain, said it was “disappointed” by the outcome.

A company spokeswoman said: “We believe the offer we have made is fair and competitive, and it is among the best in the UK automotive sector. We remain committed to constructive talks with the union and hope to reach an agreement that protects the long-term future of Hetton Moor.”

The vote comes at a sensitive time for the plant. Vantor is due to decide later this year whether to build its next-generation electric SUV on Wearside or at a rival factory in Spain – a decision industry insiders say could determine the site’s future for the next decade.

One senior figure in the regional supply chain, who did not want to be named, said: “Everyone is watching this very closely. If there’s a strike, the people in Tokyo will notice, and the people in Valencia will be delighted.”

Professor Alan Hedley, an automotive industry analyst at the University of Tyneside, said both sides had “a lot to lose”.

“Hetton Moor has always had a very cooperative industrial relations culture and that has been one of its selling points,” he said. “I would expect a settlement, but the timing is awkward for everyone.”

The plant, which opened in 1994, built more than 310,000 vehicles last year, most of them for export.""",
        [
            ("well short", "Amalgamated Motor and Engineering Union"),
            ("Our members have built this", "Craig Dodds"),
            ("We don’t want a dispute.", "Craig Dodds"),
            ("disappointed", "Vantor Motors"),
            ("We believe the offer we", "spokeswoman"),
            ("Everyone is watching this very", "senior figure in the regional supply chain"),
            ("a lot to lose", "Alan Hedley"),
            ("Hetton Moor has always had", "Alan Hedley"),
            ("I would expect a settlement,", "Alan Hedley"),
        ],
    ),
    (
        """Hundreds march through Kenbury to save axle plant

Hundreds of workers, families and supporters marched through Kenbury city centre on Saturday in a bid to save the city's last axle factory from closure.

The march, organised under the banner "Keep Kenbury Turning", wound its way from the gates of the Foxhall Driveline plant on Stoney Lane to a rally outside the Council House.

Foxhall, which is owned by US private equity firm Carradine Partners, announced in March that it planned to shut the factory and transfer production to Mexico, putting 410 jobs at risk.

Speaking from a makeshift stage on the back of a lorry, union official Tracey Bannerman told the crowd: "They think we'll go quietly. They think Kenbury has forgotten how to fight. Well, look around you."

Ms Bannerman, regional secretary of the Federation of Manufacturing Workers, said the union had drawn up an alternative business plan that would keep the plant open by winning new contracts to supply electric van makers.

"The work is there," she said. "The skills are there. The only thing missing is the will from the people who own this factory, and they've never even set foot in it."

Among the marchers was 61-year-old Keith Molloy, who has worked at the plant since leaving school.

"My dad worked there, my uncle worked there, and I've done 45 years," he said. "I'm not bothered about me, I'll be retiring soon enough. It's the young lads I'm worried about. Where are they going to go?"

A report published last year by the Kenbury Economic Partnership, "Driving Forward: The Future of Automotive Supply in Kenbury", warned that up to 2,000 component jobs in the city could be lost by 2030 unless suppliers adapted to electric vehicle production.

According to Carradine Partners, the site's costs are "significantly higher" than those of comparable plants elsewhere in the group.

In a statement issued on Friday, Foxhall Driveline said: "We understand the strength of feeling in Kenbury and respect the right of our employees to make their views known. However, the commercial position of the site has not changed, and the consultation process will continue."

City council leader Cllr Amrit Sandhu, who addressed the rally, said the authority was prepared to help with land and business rates if it would keep the factory open.

"Kenbury built the British motor industry," he said. "We are not going to sit back and watch the last of it packed into shipping containers."

The consultation is due to end on June 14.""",
        [
            ("They think we'll go quietly.", "Tracey Bannerman"),
            ("The work is there,", "Tracey Bannerman"),
            ("The skills are there.", "Tracey Bannerman"),
            ("My dad worked there, my", "Keith Molloy"),
            ("I'm not bothered about me,", "Keith Molloy"),
            ("significantly higher", "Carradine Partners"),
            ("We understand the strength of", "Foxhall Driveline"),
            ("Kenbury built the British motor", "Amrit Sandhu"),
            ("We are not going to", "Amrit Sandhu"),
        ],
    ),
    (
        """Truck maker confirms 230 job cuts at Ribbleford works

By Stephen Haworth

TRUCK maker Pendle Commercial Vehicles has confirmed it will cut 230 jobs at its Ribbleford factory, but union leaders say a deal has been struck to avoid compulsory redundancies.

The firm, which builds heavy goods vehicle cabs and chassis for customers across Europe, said last month it needed to reduce its workforce by almost a fifth after orders from haulage firms slumped.

Following three weeks of talks, management and the Amalgamated Motor and Engineering Union agreed on Monday that the cuts will be made through voluntary redundancy and early retirement.

Speaking outside the factory gates, AMEU regional officer Bernadette Kershaw told reporters: 'Nobody wanted to be standing here talking about job losses. But we have fought hard to make sure that anyone leaving Ribbleford does so on their own terms and with a decent package.'

She said the enhanced terms, which include a payment of up to two years' salary for long-serving staff, were 'the best we could have hoped for in the circumstances'.

Pendle's chief executive, Richard Ainsworth, said the company was 'grateful' to the union for its 'constructive approach'.

'These have been difficult conversations for everyone involved,' he said. 'Ribbleford remains at the heart of our manufacturing operations and we are confident that, once the market recovers, we will be recruiting again.'

However, one long-serving fitter, who has decided to take voluntary redundancy, said morale on the shop floor was low.

'People are putting a brave face on it, but we all know what happens next,' he said. 'First it's voluntary, then a couple of years down the line it's the whole place.'

Ribbleford and Wyre Vale MP Joanne Threlfall said she would be meeting the company's management later this week.

'Pendle's is a name that means a lot round here,' she said. 'I want assurances from the company about its long-term commitment to the town, and I will be asking the Government what it is doing to support commercial vehicle manufacturers through this downturn.'

The factory has built vehicles in the town since 1938 and currently employs around 1,250 people, making it Ribbleford's largest private sector employer.

Staff who have applied for voluntary redundancy are expected to leave in phases between now and the end of March.""",
        [
            ("Nobody wanted to be standing", "Bernadette Kershaw"),
            ("the best we could have", "Bernadette Kershaw"),
            ("grateful", "Richard Ainsworth"),
            ("constructive approach", "Richard Ainsworth"),
            ("These have been difficult conversations", "Richard Ainsworth"),
            ("Ribbleford remains at the heart", "Richard Ainsworth"),
            ("People are putting a brave", "long-serving fitter"),
            ("First it's voluntary, then a", "long-serving fitter"),
            ("Pendle's is a name that", "Joanne Threlfall"),
            ("I want assurances from the", "Joanne Threlfall"),
        ],
    ),
    (
        """Yorkshire car seat supplier collapses into administration with 280 jobs lost

A Yorkshire automotive supplier that makes seat frames for some of the UK's biggest car manufacturers has collapsed into administration, with the loss of 280 jobs.

Calderbrook Seating Systems, based at the Thornley Park industrial estate near Halsworth, appointed Michael Oyelaran and Fiona Grieve of restructuring firm Bexley Kemp as joint administrators on Wednesday.

The business, which turned over £46.2m in its last filed accounts, had been hit by the loss of a major contract and a sharp rise in steel and energy costs, according to the administrators.

Of the company's 312 staff, 280 were made redundant on the day of the appointment. The remaining 32 have been retained to help complete outstanding orders and wind down operations.

Oyelaran said: "Calderbrook has a long history and a highly skilled workforce, but it has faced a combination of pressures in recent months that it has ultimately been unable to overcome.

"Our priority is to support those employees who have been affected, and we will be working closely with the Redundancy Payments Service to help them make claims as quickly as possible."

The joint administrators are seeking a buyer for the business and its assets, including specialist welding and pressing equipment.

"We have already received a number of expressions of interest," Grieve added, "and we would urge any parties who wish to acquire the business or its assets to get in touch as soon as possible."

Calderbrook was founded in 1974 by engineer Harold Whitworth and remained in family ownership until it was acquired by its management team in 2015.

The Federation of Manufacturing Workers said staff had been given less than an hour's notice that they would be losing their jobs.

Regional organiser Shaun Ridley said: "Workers turned up for their shift and were sent home without their wages for this month. Some have been there for more than 30 years. They deserve better than to find out from a letter handed to them at the gate."

He said the union would be offering legal advice to members and was investigating whether staff were entitled to a "protective award" because of a lack of consultation.

Directors of the company could not be reached for comment.

A spokesman for Marlow Automotive, one of Calderbrook's largest customers, said the firm had been "a reliable partner for many years" and that alternative suppliers had already been lined up to avoid any disruption to production.""",
        [
            ("Calderbrook has a long history", "Michael Oyelaran"),
            ("Our priority is to support", "Michael Oyelaran"),
            ("We have already received a", "Fiona Grieve"),
            ("and we would urge any", "Fiona Grieve"),
            ("Workers turned up for their", "Shaun Ridley"),
            ("a reliable partner for many", "spokesman"),
        ],
    ),
    (
        """Fears for north Wales car jobs after battery plant plan shelved

Hundreds of jobs at a north Wales car factory could be at risk after its owner shelved plans for a battery plant that was supposed to secure the site's future.

Albion Motor Group had announced in 2022 that it would build a £300m battery assembly facility next to its Glanrafon engine plant, creating up to 500 new jobs.

But in a statement released on Tuesday evening, the company said it was "pausing" the project because of slower-than-expected demand for electric vehicles in Europe.

"Market conditions have changed significantly since this investment was first announced," the statement said. "We continue to review our European manufacturing footprint and will provide further updates in due course."

The 1,100 workers at the existing engine plant, which makes petrol and hybrid engines, fear the decision leaves them without a long-term future once production of combustion engines is phased out.

Huw Ellis-Jones, the Federation of Manufacturing Workers' convenor at Glanrafon, said staff had been "left in the dark".

"We were told the battery plant was the future of this site," he said. "Now we're told it's paused, with no timescale, no explanation and no plan B. How are people supposed to plan their lives on that basis?

"I've had lads on the phone all night asking if they should be looking for other jobs. I can't give them an answer, because the company won't give us one."

Member of the Senedd for the area Carys Vaughan said she had sought an urgent meeting with the company.

"This is deeply worrying news for Glanrafon and for the whole of north-east Wales," she said. "Albion has had significant support from the public purse over the years, and I think people are entitled to know what its intentions are."

A Welsh Government spokesperson said: "We are in regular contact with Albion Motor Group and will continue to do everything we can to support the Glanrafon site and its workforce."

Industry sources said the decision was part of a wider review by Albion of its operations in Europe, with plants in Germany and France also under scrutiny.

One source familiar with the company's plans told WalesOnline that no decision had been taken about the engine plant, but admitted that the battery project had been "the obvious way of keeping Glanrafon going".

Dr Rhodri Bevan, an economist at the Wales Institute for Industrial Research, said the region was "heavily exposed" to the car industry's shift away from combustion engines.

"Places like Glanrafon were built around the internal combustion engine," he said. "If that work disappears and nothing replaces it, the consequences for the local economy would be very serious indeed."

Albion is expected to set out the results of its European review later this year.""",
        [
            ("pausing", "Albion Motor Group"),
            ("Market conditions have changed significantly", "Albion Motor Group"),
            ("We continue to review our", "Albion Motor Group"),
            ("left in the dark", "Huw Ellis-Jones"),
            ("We were told the battery", "Huw Ellis-Jones"),
            ("Now we're told it's paused,", "Huw Ellis-Jones"),
            ("I've had lads on the", "Huw Ellis-Jones"),
            ("This is deeply worrying news", "Carys Vaughan"),
            ("Albion has had significant support", "Carys Vaughan"),
            ("We are in regular contact", "spokesperson"),
            ("the obvious way of keeping", "source familiar with the company's plans"),
            ("heavily exposed", "Rhodri Bevan"),
            ("Places like Glanrafon were built", "Rhodri Bevan"),
            ("If that work disappears and", "Rhodri Bevan"),
        ],
    ),
    (
        """Pickets out as car parts workers begin first strike in 40 years

By Rebecca Hollins

Workers at a Staffordshire factory that makes exhaust systems for luxury car brands walked out yesterday in the first strike at the plant for more than four decades.

Around 380 members of the Federation of Manufacturing Workers at Brennan Exhaust Technologies in Fenmoor began a 48-hour stoppage at 6am, with a picket line set up at the main gate on Wharf Road.

The dispute centres on a pay offer of 3 per cent, which the union says amounts to a real-terms cut, and on plans to change shift patterns that workers claim would cost some of them up to £4,000 a year in lost overtime payments.

On the picket line, machine operator Danielle Fowler, 34, said: ‘None of us wanted to be stood out here in the rain. We’d much rather be inside doing our jobs. But they’ve left us no choice.’

Branch secretary Paul Greatbatch said the turnout showed the strength of feeling among staff.

‘I’ve been here 27 years and I’ve never seen anything like it,’ he said. ‘People are angry, not just about the money but about the way they’ve been spoken to. Management have treated this workforce as if it’s disposable.’

He said further walkouts were ‘very likely’ unless the company returned to the negotiating table with an improved offer.

Brennan, which supplies two major luxury car makers, said it had put contingency plans in place to maintain deliveries.

Managing director Alistair Crane said: ‘We are disappointed that the union has chosen to take this action while talks were still ongoing. Our offer is fair and, together with the other benefits we provide, compares well with other employers in the area.

‘The proposed shift changes are essential if we are to remain competitive and win new business. We remain open to further discussions.’

According to one manager at the plant, who did not wish to be named, only a handful of staff crossed the picket line. ‘Production has more or less stopped,’ he said.

Fenmoor councillor Lorraine Beech, who visited the picket line with bacon sandwiches for the strikers, said the firm was ‘part of the fabric of the town’.

‘These are good, skilled jobs and we need to keep them,’ she said. ‘I would urge both sides to get back round the table and sort this out.’

A second 48-hour strike is planned for next week.""",
        [
            ("None of us wanted to", "Danielle Fowler"),
            ("I’ve been here 27 years", "Paul Greatbatch"),
            ("People are angry, not just", "Paul Greatbatch"),
            ("very likely", "Paul Greatbatch"),
            ("We are disappointed that the", "Alistair Crane"),
            ("The proposed shift changes are", "Alistair Crane"),
            ("Production has more or less", "manager at the plant"),
            ("part of the fabric of", "Lorraine Beech"),
            ("These are good, skilled jobs", "Lorraine Beech"),
            ("I would urge both sides", "Lorraine Beech"),
        ],
    ),
]
