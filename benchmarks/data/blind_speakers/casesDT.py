CASES = [
    (
        """By Helen Marchbank, Defence Correspondent

The Ministry of Defence has conceded that the Army’s new fleet of tracked reconnaissance vehicles will not enter full service until 2031, four years later than promised, after a damning assessment by its own projects watchdog.

An internal review by the Defence Projects Assurance Unit, seen by this newspaper, describes the £4.1 billion Talisker programme as “at serious risk of failing to deliver any operational capability this decade” and warns that problems with noise and vibration in the turret have “not been understood, let alone resolved”.

Alastair Crewe, the minister for defence procurement, told MPs yesterday that the delay was “regrettable but not catastrophic”. He said: “We will not put soldiers into a vehicle that is not safe. I would rather take the criticism for a late programme than take a risk with people’s hearing.”

The unit’s report, dated March, found that only 212 of the 589 hulls delivered so far had been accepted by the Army, and that trials crews had been limited to 90 minutes a day inside the vehicle, which some have nicknamed the “Tin Drum”.

“The programme has repeatedly declared milestones met on the basis of paperwork rather than performance,” the report states. It adds that senior officials were briefed on the vibration problem in 2021 but chose to continue accepting vehicles.

Joanna Strickland, the shadow defence secretary, said the figures were “a scandal in slow motion”.

“Every year this vehicle is late is a year our reconnaissance regiments train on kit designed in the 1970s,” she said. “Ministers have been told this repeatedly and have chosen to look away.”

Lieutenant General Sir Marcus Danby, a former Commander Field Army, said the service had been “far too trusting” of the manufacturer and had lacked the engineers to challenge its claims. Sir Marcus, who retired last year, said the Army had “outsourced its own judgment” on the programme.

Caledon Land Systems, which builds the vehicle at its plant in south Wales, said in a statement that it had “made substantial progress” on the vibration issue and remained “fully committed to the partnership with the Ministry of Defence”. The company declined to say whether it faced financial penalties for the delay.

The Commons Defence Committee will question senior officials next month. Its chairman, Robert Aske, said: “We want to know who knew what, and when, and why Parliament was told this programme was on track.”

Mr Crewe said a revised schedule would be published before the summer recess, alongside an assessment of whether the Army’s ageing reconnaissance vehicles could be kept in service until the Talisker is ready.""",
        [
            ("at serious risk of failing", "Defence Projects Assurance Unit"),
            ("not been understood, let alone resolved", "Defence Projects Assurance Unit"),
            ("regrettable but not catastrophic", "Alastair Crewe"),
            ("We will not put soldiers", "Alastair Crewe"),
            ("The programme has repeatedly declared", "Defence Projects Assurance Unit"),
            ("a scandal in slow motion", "Joanna Strickland"),
            ("Every year this vehicle is", "Joanna Strickland"),
            ("Ministers have been told this", "Joanna Strickland"),
            ("far too trusting", "Marcus Danby"),
            ("outsourced its own judgment", "Marcus Danby"),
            ("made substantial progress", "Caledon Land Systems"),
            ("fully committed to the partnership", "Caledon Land Systems"),
            ("We want to know who", "Robert Aske"),
        ],
    ),
    (
        """WASHINGTON — The U.S. Army has awarded a $1.3 billion contract to Harlan Dynamics for a vehicle-mounted counter-drone system, the service announced Tuesday, ending a two-year competition that was twice delayed by bid protests.

The deal covers low-rate initial production of up to 340 of the company's Sentinel-K systems, which pair a 30mm cannon with a short-range radar and a directed-energy module, according to a contract notice posted by the Defense Department.

"Small unmanned aircraft are the most immediate air threat our maneuver formations face," Brig. Gen. Dana Okafor, the Army's program executive officer for short-range air defense, told reporters on a conference call. "We cannot wait for a perfect solution. This gets real capability into the hands of soldiers in 2027."

Okafor said the first systems would go to an armored brigade stationed in Europe, which she described as "the place where we have the clearest picture of the threat right now."

Harlan beat a team led by Corvane Aerospace, whose entry used a missile-based interceptor. Corvane spokesman Eric Lindqvist said in an email that the company was "deeply disappointed by the decision" and was "reviewing the debrief carefully before deciding on next steps." Corvane has 10 days to file a protest.

The award comes despite lingering questions about the directed-energy component. A March assessment by the Joint Test and Readiness Office, which advises the Pentagon on weapons testing, found the Army had not "fully demonstrated the maturity" of the laser module in dusty and humid conditions and recommended further trials before a full-rate production decision.

Okafor acknowledged the concerns but said the laser was "an additive capability, not the foundation of the system," and that the cannon and radar alone met the Army's requirement.

Rep. Marla Whitcombe, an Ohio Democrat on the House Armed Services Committee, welcomed the award but said she would press the service on cost and schedule. "I support getting this to troops quickly," she said in a statement. "But I have seen too many programs rush into production and then spend a decade fixing what they should have fixed in testing."

Harlan Dynamics CEO Thomas Reyes said the company had already expanded its facility in Huntsville, Alabama, and was "ready to deliver at pace." The company's shares rose nearly 6% in afternoon trading.

The Army plans to make a full-rate production decision in fiscal 2028 and has said its long-term requirement could exceed 1,000 systems.""",
        [
            ("Small unmanned aircraft are the", "Dana Okafor"),
            ("We cannot wait for a", "Dana Okafor"),
            ("the place where we have", "Dana Okafor"),
            ("deeply disappointed by the decision", "Eric Lindqvist"),
            ("reviewing the debrief carefully before", "Eric Lindqvist"),
            ("fully demonstrated the maturity", "Joint Test and Readiness Office"),
            ("an additive capability, not the", "Dana Okafor"),
            ("I support getting this to", "Marla Whitcombe"),
            ("But I have seen too", "Marla Whitcombe"),
            ("ready to deliver at pace", "Thomas Reyes"),
        ],
    ),
    (
        """CANBERRA

Veterans who waited more than a year for their compensation claims to be decided were left “in limbo, in debt and in despair”, an independent review has found, as the federal government promised an extra $210 million to clear the backlog.

The Independent Review of Veteran Compensation, led by former Federal Court judge Margaret Ellery, received 1140 submissions from former Australian Defence Force members and their families. It found the Veterans Claims Authority had allowed about 38,000 claims to sit unallocated, some for more than two years.

“The system is not merely slow; in too many cases it is indifferent,” the final report says. “Veterans told us they felt they were being tested to see whether they would give up.”

In her foreword, Ms Ellery wrote that she had been “profoundly affected” by the accounts of families who had lost a loved one while a claim was still pending.

Veterans’ Affairs Minister Lachlan Pryce said the government accepted all 27 recommendations in principle, including a legislated 120-day deadline for initial decisions.

“I want to apologise to every veteran who has been let down by this system,” Mr Pryce told reporters at Parliament House on Thursday. “That apology means nothing unless the backlog is gone, and I expect to be judged on that.”

The funding will pay for 480 additional claims staff over three years and a new digital case management system to replace software the review described as “decades past its use-by date”.

Opposition veterans’ affairs spokeswoman Kirsten Doyle said the money was welcome but “years too late” for families who had already given up.

Former army corporal Daniel Marsh, who served two tours in Afghanistan and waited 19 months for a decision on a back injury claim, said he had sold his car to cover his rent.

“You get told to be patient. You can’t pay the landlord with patience,” he said. Mr Marsh, 34, now works part-time as a removalist in Townsville.

The Returned Veterans Alliance, an advocacy group, said in a statement the report “confirms everything our members have been saying for five years” and called for the authority’s leadership to be replaced.

The authority’s chief executive, Graham Toohey, declined to be interviewed, but a spokeswoman for the authority said it “welcomes the review and is committed to implementing its findings in full”.

The government will table its formal response in Parliament by June.""",
        [
            ("in limbo, in debt and", "Independent Review of Veteran Compensation"),
            ("The system is not merely", "Independent Review of Veteran Compensation"),
            ("Veterans told us they felt", "Independent Review of Veteran Compensation"),
            ("profoundly affected", "Margaret Ellery"),
            ("I want to apologise to", "Lachlan Pryce"),
            ("That apology means nothing unless", "Lachlan Pryce"),
            ("decades past its use-by date", "Independent Review of Veteran Compensation"),
            ("years too late", "Kirsten Doyle"),
            ("You get told to be", "Daniel Marsh"),
            ("confirms everything our members have", "Returned Veterans Alliance"),
            ("welcomes the review and is", "spokeswoman for the authority"),
        ],
    ),
    (
        """WELLINGTON, May 14 - A naval court of inquiry has found that chronic crew shortages and fatigue contributed to the grounding of the patrol vessel HMNZS Karearea off the Chatham Islands last year, the New Zealand Defence Force said on Wednesday.

The 1,900-tonne ship struck a charted reef while returning from a fisheries patrol in September. No one was killed, but three sailors were injured and the vessel has been out of service since.

A redacted version of the inquiry's report, released on Wednesday, said the officer of the watch had slept for fewer than four hours in the preceding 36 and that the ship had sailed with 11 fewer crew than its minimum safe complement.

"The grounding was not the result of a single error but of an accumulation of risk that the organisation had come to regard as normal," the report said.

Chief of Navy Rear Admiral Helen Tautari said the findings were "confronting" and that she accepted them in full.

"We asked too much of too few people for too long," Tautari told a news conference in Wellington. "That is on leadership, not on the sailors who were on the bridge that night."

She said the navy had already capped consecutive watch hours and would no longer allow ships to sail below minimum manning without her personal approval.

Defence Minister Rawiri Hensley said in a statement the government would "look closely at whether the navy has the people and the money it needs" and that a decision on repairing the ship, estimated to cost NZ$85 million, would be made by the end of the year.

Graeme Holt, a retired commodore and former maritime component commander, said the report was unusually candid but that the underlying problem was retention.

"You can cap watch hours all you like, but if you haven't got the sailors, the ships stay alongside," Holt said. "The navy has been losing experienced people faster than it can train them for a decade."

The navy's uniformed strength has fallen by about 12 percent over the past five years, according to defence force figures.

One of the injured sailors, who asked not to be named because serving personnel are not permitted to speak to the media, said crew members had raised concerns about fatigue before the deployment. "People were falling asleep in the mess at lunch. Everybody knew," the sailor said.

The inquiry made 19 recommendations, including an independent review of navy manning levels.

(Reporting by Tom Kerehoma; Editing by Jane Whitfield)""",
        [
            ("The grounding was not the", "naval court of inquiry"),
            ("confronting", "Helen Tautari"),
            ("We asked too much of", "Helen Tautari"),
            ("That is on leadership, not", "Helen Tautari"),
            ("look closely at whether the", "Rawiri Hensley"),
            ("You can cap watch hours", "Graeme Holt"),
            ("The navy has been losing", "Graeme Holt"),
            ("People were falling asleep in", "injured sailor"),
        ],
    ),
    (
        """By Sarah Pennock

A teenage soldier who collapsed and died on a training march was failed by officers who ignored heat warnings, a coroner has ruled.

Private Callum Reid, 19, of the 2nd Battalion, the Royal Wessex Rifles, was found unresponsive on a hillside in the Brecon Beacons in July 2023 as temperatures reached 29C.

Recording a narrative conclusion at Newport Coroner’s Court yesterday, senior coroner Patricia Lawlor said there had been ‘a series of missed opportunities’ to halt the exercise.

She said: ‘The weather forecast was available. The heat illness guidance was available. What was missing was anyone prepared to act on them.’

The two-week inquest heard that the risk assessment for the 12-mile march, completed three days earlier, had not been updated when forecasters issued an amber heat warning.

Lance Corporal Amy Fenwick, a combat medic attached to the company, told the hearing she had asked for the march to be paused at the halfway checkpoint after two soldiers showed signs of heat exhaustion.

‘I was told we were already behind time and that the lads would be fine,’ she said. ‘I should have pushed harder. I think about that every day.’

The officer in charge, Captain James Hurd, told the inquest last week that he did not recall the conversation.

In a letter read to the court, Pte Reid’s commanding officer, Lieutenant Colonel Simon Aldous, wrote: ‘I am deeply sorry that Callum was not brought home safely. The battalion has learned hard lessons and we owe it to him to apply them.’

Outside court, Callum’s mother, Lorraine Reid, 46, from Bridgwater, Somerset, said the family had been ‘treated like an inconvenience’ for almost two years.

‘He wanted to be a soldier since he was nine years old,’ she said, holding a photograph of her son in uniform. ‘He trusted them with his life, and they didn’t look after him.’

The coroner said she would send a prevention of future deaths report to the Ministry of Defence.

An Army spokesperson said: ‘Our thoughts remain with Private Reid’s family. We have made significant changes to how heat illness is managed in training and will consider the coroner’s findings carefully.’

Pte Reid was buried with full military honours in Bridgwater in August 2023.""",
        [
            ("a series of missed opportunities", "Patricia Lawlor"),
            ("The weather forecast was available", "Patricia Lawlor"),
            ("I was told we were", "Amy Fenwick"),
            ("I should have pushed harder", "Amy Fenwick"),
            ("I am deeply sorry that", "Simon Aldous"),
            ("treated like an inconvenience", "Lorraine Reid"),
            ("He wanted to be a", "Lorraine Reid"),
            ("He trusted them with his", "Lorraine Reid"),
            ("Our thoughts remain with Private", "Army spokesperson"),
        ],
    ),
    (
        """Special Correspondent

NEW DELHI

The Defence Procurement Council on Monday cleared capital acquisition proposals worth Rs 38,500 crore, including the purchase of 96 indigenously designed light utility helicopters for the Army and the Air Force.

The helicopters, which the Army has dubbed "Garud", will be built by the Bengaluru-based Vayudhan Aeronautics Ltd. The council also approved loitering munitions for the Army's artillery regiments, additional 155 mm ammunition and a fleet of unmanned surface vessels for coastal surveillance by the Navy.

A statement issued by the Ministry of Defence said the approvals would provide "a major boost to the indigenous aerospace and defence manufacturing ecosystem" and that all the proposals would be sourced from domestic vendors.

Defence Minister Rakesh Varma, who chaired the meeting, said the decision reflected the government's confidence in Indian industry. "Five years ago, a helicopter order of this size would have gone abroad. Today it will be built in Bengaluru by Indian engineers," Mr. Varma said in a post on social media.

Officials said the first helicopters would be delivered within 30 months of the contract being signed, replacing ageing single-engine helicopters that have been in service since the 1970s.

A senior official familiar with the deliberations said the council had also directed the Services to "stop writing requirements that no Indian company can meet" before bringing fresh proposals, after several earlier tenders drew a single bidder or none at all.

The approvals were welcomed by industry, but some former officers cautioned against reading too much into them.

"The intent is right," said Air Marshal Vinod Kashyap (retd.), a former Deputy Chief of the Air Staff. "But the Council has cleared many such proposals before, and the contracts have taken four or five years to be signed.

"The test is not the approval. The test is whether the first helicopter reaches a squadron before this government's term ends."

Vayudhan Aeronautics chairman and managing director S. Raghunathan said the company was "fully geared up" for the order and had already commissioned a second assembly line at its facility on the outskirts of Bengaluru. He said the company expected to source more than 60 per cent of the components from domestic suppliers.

The council also accorded acceptance of necessity for the upgrade of the Navy's fleet of maritime patrol aircraft, officials said, though the value of that proposal was not disclosed.""",
        [
            ("a major boost to the indigenous", "Ministry of Defence"),
            ("Five years ago, a helicopter", "Rakesh Varma"),
            ("stop writing requirements that no", "senior official"),
            ("The intent is right", "Vinod Kashyap"),
            ("But the Council has cleared", "Vinod Kashyap"),
            ("fully geared up", "S. Raghunathan"),
        ],
    ),
    (
        """OTTAWA — Canada's top soldier warned the government last fall that the military's stocks of artillery ammunition had fallen so low they would sustain high-intensity combat for "days, not weeks," according to a letter released under access-to-information law.

In the four-page letter to Defence Minister Nadia Belcourt, dated Oct. 3, Gen. Raymond Achterberg, the chief of the defence staff, wrote that donations to allies and delays in domestic production had left the Canadian Armed Forces "unable to meet our NATO commitments for sustained operations."

"I am obliged to advise you that this is no longer a theoretical risk," he wrote. "Absent urgent investment, I cannot assure you that the Army could fight for more than a short period."

Several paragraphs of the letter, including specific stock levels, were redacted.

Belcourt's office did not dispute the contents. In a statement, her press secretary, Luc Thibodeau, said the government had "acted on the chief's advice" and pointed to a $2.1-billion contract signed in February with Laurentian Munitions to expand production of 155-millimetre shells at its plant in Quebec.

"The minister takes the readiness of our forces extremely seriously, and she will continue to work closely with the chief of the defence staff," the statement said.

Conservative defence critic Owen Harcastle said the letter showed the government had been "warned in black and white" and had waited months to act.

"When the chief of the defence staff puts something like this in writing, it is because he has run out of other ways to be heard," Harcastle said in an interview Tuesday.

Marie-Ève Caron, a defence economist at the Northgate Institute for Security Studies, said the problem would not be solved quickly, regardless of how much money is spent.

She said: "Shells are not like software. You cannot surge production overnight. New lines take two to three years to build and certify, and that is if everything goes right."

The Laurentian contract is expected to roughly triple domestic output of 155-millimetre rounds by 2027, according to the Department of National Defence.

A department spokesperson said it does not comment on specific stock levels for operational security reasons.""",
        [
            ("days, not weeks", "Raymond Achterberg"),
            ("unable to meet our NATO", "Raymond Achterberg"),
            ("I am obliged to advise", "Raymond Achterberg"),
            ("Absent urgent investment, I cannot", "Raymond Achterberg"),
            ("acted on the chief's advice", "Luc Thibodeau"),
            ("The minister takes the readiness", "Luc Thibodeau"),
            ("warned in black and white", "Owen Harcastle"),
            ("When the chief of the", "Owen Harcastle"),
            ("Shells are not like software", "Marie-Ève Caron"),
        ],
    ),
    (
        """PARIS — France and Sweden traded barbs on Thursday over control of engine work on their joint Aquilon next-generation fighter, deepening a dispute that officials on both sides warn could push the aircraft’s first flight beyond 2030.

French Armed Forces Minister Claire Dumontel told senators that Paris would “not accept a division of labour that hollows out forty years of French know-how” in combat aircraft engines.

“We want this programme to succeed. But a partnership is not a charity, and France will not pay to train its own competitors,” she said.

Her remarks came a day after Henrik Ljungqvist, state secretary at the Swedish defence ministry, told public radio that Stockholm expected “a fair share of the high-value work, not just the fuselage panels”.

The two countries launched the programme in 2022 with the aim of replacing their current fighter fleets by the end of the next decade. France’s Motoriste Arvel was designated engine prime contractor, with Sweden’s Nordvik Aero as its main partner, but the two firms have failed to agree on who will design the hot section of the engine, its most technologically demanding part.

A report by the defence committee of the National Assembly, titled “Sovereignty at Stake”, warned in March that the programme’s governance was “structurally incapable of resolving disputes quickly” and called for a single programme director with authority over both national industries.

Karin Wallmark, chief executive of Nordvik Aero, said: “Our engineers are ready. What we need is a political decision, and we need it this year.”

Motoriste Arvel declined to comment.

A source close to the French defence ministry, speaking on condition of anonymity, said the talks had become “a dialogue of the deaf” and that neither side was prepared to move before national budget decisions in the autumn.

Thibault Renaud, a researcher at the European Institute for Strategic Studies in Brussels, said the clash had been predictable.

“Every European fighter programme has had this moment, when national industrial interests collide with the logic of cooperation,” he said. “The question is whether the two governments see it as a crisis to solve or as a card to play.”

The programme’s demonstrator phase, worth about 3.2 billion euros, was originally due to be completed in 2027.

Defence ministers from both countries are due to meet in Stockholm on June 12.""",
        [
            ("not accept a division of", "Claire Dumontel"),
            ("We want this programme to", "Claire Dumontel"),
            ("a fair share of the", "Henrik Ljungqvist"),
            ("structurally incapable of resolving disputes", "defence committee of the National Assembly"),
            ("Our engineers are ready", "Karin Wallmark"),
            ("a dialogue of the deaf", "source close to the French defence ministry"),
            ("Every European fighter programme has", "Thibault Renaud"),
            ("The question is whether the", "Thibault Renaud"),
        ],
    ),
]
