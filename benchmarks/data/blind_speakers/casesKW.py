CASES = [
    (
        """Parents vow to fight closure of Llanfedw school

By Rhian Pugh
Local Democracy Reporter

PARENTS in a mid Wales village have vowed to fight plans to close their primary school, with one mother warning the move would "rip the heart out" of the community.

Cabinet members at Bro Hafren County Council agreed on Tuesday to begin a formal consultation on the future of Ysgol Llanfedw, which has 31 pupils on roll and room for 84.

Under the proposals, pupils would move to Ysgol Pontlas, around six miles away, from September next year.

Cabinet member for education, Cllr Gareth Meredith, said the decision had not been taken lightly.

"Nobody comes into local government wanting to close a school," he said. "But we have to be honest with people. Falling numbers mean we are spending more than £9,000 per pupil at Llanfedw, compared with a county average of just under £5,000.

"That is money that is not going into classrooms elsewhere, and the building itself needs around £600,000 of work over the next five years."

The chair of the school's governing body, Dafydd Rees, said governors were "disappointed but not surprised" and would be encouraging every family to respond to the consultation.

Sioned Watkin, whose two children attend the school, said parents had already started a petition.

"If this goes ahead it will rip the heart out of Llanfedw," she said. "The school is where everything happens - the eisteddfod, the Christmas concert, the summer fete. Take it away and what have you got left? A chapel that's shut and a bus stop."

She added that the road to Pontlas was "not fit for small children" in the winter months, when it is regularly closed by flooding at Rhyd-y-felin.

Opposition group leader Cllr Helen Bowen-Jones told the meeting the council was "closing rural schools by stealth".

"This is the fourth small school in three years," she said. "Every time we are told it's about standards, and every time it turns out to be about money."

A Welsh Government spokesperson said local authorities must follow the School Organisation Code, which includes a presumption against the closure of rural schools, and that ministers "expect the code to be applied in full".

Responding, Cllr Meredith said the council would look at "all reasonable alternatives", including a federation with a neighbouring school, before any final decision was made.

The consultation opens on 3 March and runs for eight weeks. A drop-in session will be held at Llanfedw Memorial Hall on 12 March.""",
        [
            ("rip the heart out", "Sioned Watkin"),
            ("Nobody comes into local government", "Gareth Meredith"),
            ("But we have to be", "Gareth Meredith"),
            ("That is money that is", "Gareth Meredith"),
            ("disappointed but not surprised", "Dafydd Rees"),
            ("If this goes ahead it", "Sioned Watkin"),
            ("The school is where everything", "Sioned Watkin"),
            ("not fit for small children", "Sioned Watkin"),
            ("closing rural schools by stealth", "Helen Bowen-Jones"),
            ("This is the fourth small", "Helen Bowen-Jones"),
            ("Every time we are told", "Helen Bowen-Jones"),
            ("expect the code to be", "spokesperson"),
            ("all reasonable alternatives", "Gareth Meredith"),
        ],
    ),
    (
        """Patients waited more than 40 hours in Mid Antrim emergency department

By Niall Keenan

Patients at Mid Antrim Area Hospital waited more than 40 hours in its emergency department last month, according to new figures.

Data published by the Department of Health shows 1,212 people spent more than 12 hours in the department in January, up from 874 in the same month last year.

The longest recorded wait was 43 hours and 17 minutes, involving a patient in their eighties.

The Northern Lakes Health and Social Care Trust, which runs the hospital, said it was "extremely sorry" to anyone who had experienced a long wait.

"Our staff are working under sustained and intense pressure," a trust spokeswoman said. "On a number of days in January we had more than 60 patients in the emergency department who had been assessed as needing admission but for whom no bed was available.

"This is not the standard of care we want to provide, and we are working with colleagues across the system to improve patient flow, including the timely discharge of patients who are medically fit to leave hospital."

Among those affected was Ballymoran pensioner Margaret Gilmore, 84, who spent 37 hours in the department after a fall at her home earlier this month.

Her son, Paul Gilmore, said: "The staff were brilliant, I can't fault them. But my mother lay on a trolley under bright lights for a day and a half with a broken hip. Nobody should have to go through that."

A nurse who works in the department, and who asked not to be named, told this newspaper that staff were "at breaking point".

"You are caring for people on trolleys in corridors, sometimes for two or three days," she said. "We had a man last week who was 91 and he never saw a proper bed until the third day. People are apologising to us, and it should be the other way round."

Alliance MLA Ciara McAleese said the figures were "a damning indictment" of years of under-investment in the health service.

"Behind every one of these numbers is a person, very often an elderly person, lying on a trolley," she said.

"The Health Minister needs to come forward with a credible plan for urgent care in this area, and it needs to be properly funded."

In a statement, the Department of Health said the minister had made urgent and emergency care "a top priority" and that £12m had been allocated this year to expand alternatives to hospital admission, including rapid response teams in the community.

"However, the reality is that demand continues to outstrip capacity, and this will not be resolved without sustained investment and reform," the statement added.

The trust has urged people to consider alternatives such as community pharmacies and GP out-of-hours services for less serious conditions, and to attend the emergency department only "when it is a genuine emergency".""",
        [
            ("extremely sorry", "Northern Lakes Health and Social Care Trust"),
            ("Our staff are working under", "spokeswoman"),
            ("On a number of days", "spokeswoman"),
            ("This is not the standard", "spokeswoman"),
            ("The staff were brilliant, I", "Paul Gilmore"),
            ("at breaking point", "nurse who works in the department"),
            ("You are caring for people", "nurse who works in the department"),
            ("We had a man last", "nurse who works in the department"),
            ("a damning indictment", "Ciara McAleese"),
            ("Behind every one of these", "Ciara McAleese"),
            ("The Health Minister needs to", "Ciara McAleese"),
            ("a top priority", "Department of Health"),
            ("However, the reality is that", "Department of Health"),
            ("when it is a genuine", "Northern Lakes Health and Social Care Trust"),
        ],
    ),
    (
        """Farmer ‘devastated’ after TB outbreak forces cull of 140 cattle

A west Wales dairy farmer says he is “devastated” after a bovine TB outbreak led to more than 140 of his cattle being slaughtered.

Emyr Lloyd, 58, whose family has farmed at Penrhiw, near Cwmderwen, for four generations, lost almost half his herd after a routine test in November found reactors in three separate groups of animals.

The farm had held “Officially TB Free” status for more than 20 years.

“I’ve been farming all my life, and my father before me, and I’ve never seen anything like it,” Mr Lloyd said.

“You know these animals. You know which ones are good mothers and which ones are trouble in the parlour. Then a lorry comes and they’re gone. It’s not just the money – the heart goes out of you.”

He said compensation payments, which are based on the value of each animal on the day it is removed, would cover “maybe two thirds” of the cost of rebuilding the herd.

Mr Lloyd’s vet, Angharad Morse, a partner at Teifi Valley Veterinary Practice, said the case was “one of the worst I have dealt with”.

“We have done everything by the book on this farm – biosecurity, double fencing, testing,” she said. “It is very hard to look a family in the eye and tell them we still don’t know exactly how it got in.”

According to the latest Welsh Government figures, 8,944 cattle were slaughtered in Wales because of TB in the 12 months to September, an increase of 7% on the previous year.

Gwyn Parry-Evans, president of the Farmers’ Alliance of Wales, said the figures showed the current approach was “failing farmers and failing cattle”, and renewed calls for action on TB in wildlife.

“Until the Government is prepared to deal with every source of infection, we will keep seeing families like the Lloyds go through this,” he said.

A Welsh Government spokesperson said: “We understand how distressing a TB breakdown is for farming families. We are committed to eradicating the disease and will continue to work closely with farmers and vets through our regional approach.”

The Cabinet Secretary for Rural Affairs, Huw Talfryn, told the Senedd last week there was “no single measure” that would solve the problem, and that a new technical advisory group would report by the summer.

Mr Lloyd said he hoped to restock “when the time is right”, but admitted he had thought about giving up.

“My son wants to carry on, so we’ll carry on,” he said. “But I won’t pretend it hasn’t crossed my mind.”""",
        [
            ("devastated", "Emyr Lloyd"),
            ("devastated", "Emyr Lloyd"),
            ("I’ve been farming all my", "Emyr Lloyd"),
            ("You know these animals. You", "Emyr Lloyd"),
            ("maybe two thirds", "Emyr Lloyd"),
            ("one of the worst I", "Angharad Morse"),
            ("We have done everything by", "Angharad Morse"),
            ("It is very hard to", "Angharad Morse"),
            ("failing farmers and failing cattle", "Gwyn Parry-Evans"),
            ("Until the Government is prepared", "Gwyn Parry-Evans"),
            ("We understand how distressing a", "spokesperson"),
            ("no single measure", "Huw Talfryn"),
            ("when the time is right", "Emyr Lloyd"),
            ("My son wants to carry", "Emyr Lloyd"),
            ("But I won’t pretend it", "Emyr Lloyd"),
        ],
    ),
    (
        """Man accused of stealing more than 90 sheep refused bail

A Co Tyrone man accused of stealing more than 90 sheep from neighbouring farms has been refused bail.

Kevin Joseph McCrory, 47, of Glenarde Road, Drumkeel, appeared at Carrickbane Magistrates' Court on Monday charged with three counts of theft and one of handling stolen goods.

The charges relate to the alleged theft of sheep worth an estimated £14,000 from three farms between August and December last year.

A detective constable told the court she believed she could connect the accused to each of the charges.

Opposing bail, a prosecuting lawyer said police had found 47 ewes in a shed rented by McCrory from which ear tags had been "crudely cut out or replaced".

She said a further 23 animals had been traced to a livestock mart in Co Monaghan, where they had been sold under a herd number registered to the defendant, and there was "a real risk" of further offences if he was released.

"This is not an opportunistic theft," the lawyer said. "The Crown case is that this was organised, planned over a period of months, and targeted at farmers the defendant knew well."

Defence solicitor Aidan Corr said his client "strenuously denies" the charges and had a "perfectly innocent explanation" for the sheep found in the shed.

He told the court McCrory had bought the animals in good faith from a dealer he had known for years and was willing to help police trace the man.

"My client has no relevant record, he has a young family, and he has a farm that needs him," Mr Corr said. "He will abide by any conditions the court sees fit to impose."

Refusing bail, District Judge Ruth Kilpatrick said she had "significant concerns" about the risk of reoffending and of interference with witnesses, some of whom live within a mile of the defendant.

"These are very serious allegations which, if proven, strike at the livelihoods of a rural community," she said.

McCrory was remanded in custody to appear again by video link on March 4.

Speaking after McCrory's arrest last week, Detective Inspector Mark Dornan said livestock theft was "not a victimless crime".

"Farmers rely on every animal in their flock, and losses like these can be the difference between a farm surviving or not," he said.

"We would ask anyone who has been offered sheep or cattle at unusually low prices, or with damaged or missing tags, to contact police on 101.\"""",
        [
            ("crudely cut out or replaced", "prosecuting lawyer"),
            ("a real risk", "prosecuting lawyer"),
            ("This is not an opportunistic", "prosecuting lawyer"),
            ("The Crown case is that", "prosecuting lawyer"),
            ("strenuously denies", "Aidan Corr"),
            ("perfectly innocent explanation", "Aidan Corr"),
            ("My client has no relevant", "Aidan Corr"),
            ("He will abide by any", "Aidan Corr"),
            ("significant concerns", "Ruth Kilpatrick"),
            ("These are very serious allegations", "Ruth Kilpatrick"),
            ("not a victimless crime", "Mark Dornan"),
            ("Farmers rely on every animal", "Mark Dornan"),
            ("We would ask anyone who", "Mark Dornan"),
        ],
    ),
    (
        """Driver who was on Instagram when he killed cyclist is jailed

A young driver who was scrolling through Instagram when he hit and killed a retired teacher out cycling has been jailed for six years.

Connor Ellis-Hughes, 26, of Maes y Wennol, Llanbryn, admitted causing death by dangerous driving when he appeared at Caerwen Crown Court.

Alun Hywel Davies, 63, died at the scene after being struck from behind by Ellis-Hughes's Volkswagen Golf on the A4087 near Rhosgoch on the morning of Sunday, June 9 last year.

Prosecuting, Gwenno Rowlands said it had been a dry, bright morning with good visibility, and Mr Davies had been wearing a high-visibility jacket and had lights on his bike.

Phone data showed Ellis-Hughes had been using the app "for almost the entirety" of the nine-minute journey from his home, she said.

"The defendant's attention simply was not on the road," Miss Rowlands told the court. "He had his phone in his hand and his eyes on the screen for at least 11 seconds before the collision. He did not brake."

In a statement read to the court, Mr Davies's widow, Eirian Davies, said her husband had taught at Ysgol Bro Caerwen for 34 years and had been "counting the days" until the birth of their first grandchild.

"Alun was the kindest man I have ever known. He never got to hold our granddaughter, and she will only ever know him from photographs.

"Every morning I wake up and for a second I forget. Then I remember, and it is like losing him all over again."

Mitigating, Rhodri Cadwaladr said his client, who had no previous convictions, was "genuinely and profoundly remorseful" and had written to the family.

"He knows that nothing he says can make this better," Mr Cadwaladr said. "He has to live with what he did for the rest of his life, and he accepts that."

Sentencing, Judge Mererid Lewis told Ellis-Hughes: "You chose to look at your phone rather than the road ahead of you. Alun Davies paid for that choice with his life."

She said the case was "a stark and tragic illustration" of what could happen when drivers allowed themselves to be distracted "even for a few seconds".

As well as the six-year sentence, Ellis-Hughes was banned from driving for seven years and will have to pass an extended test before he can drive again.

Speaking outside court, Sergeant Owain Jarvis, of the force's roads policing unit, said: "Mr Davies's family have shown enormous dignity throughout this case. Our thoughts remain with them.

"I would urge every driver to put their phone away - in the glovebox, on silent, wherever it needs to be. No message is worth a life."

Mr Davies's family have since launched a road safety campaign, "Eyes Up for Alun", which is being backed by cycling clubs across the region.""",
        [
            ("for almost the entirety", "Gwenno Rowlands"),
            ("The defendant's attention simply was", "Gwenno Rowlands"),
            ("He had his phone in", "Gwenno Rowlands"),
            ("counting the days", "Eirian Davies"),
            ("Alun was the kindest man", "Eirian Davies"),
            ("Every morning I wake up", "Eirian Davies"),
            ("genuinely and profoundly remorseful", "Rhodri Cadwaladr"),
            ("He knows that nothing he", "Rhodri Cadwaladr"),
            ("He has to live with", "Rhodri Cadwaladr"),
            ("You chose to look at", "Mererid Lewis"),
            ("a stark and tragic illustration", "Mererid Lewis"),
            ("even for a few seconds", "Mererid Lewis"),
            ("Mr Davies's family have shown", "Owain Jarvis"),
            ("I would urge every driver", "Owain Jarvis"),
        ],
    ),
    (
        """Three-weekly bin collections approved despite ‘stench’ warning

Householders in the Ballymoran and District Council area will have their black bins emptied every three weeks from the summer after councillors narrowly backed the change.

The proposal, passed by 20 votes to 18 at Thursday night’s full council meeting, is expected to save around £480,000 a year.

A report presented to councillors warned that the borough’s recycling rate of 49.2% was ‘well short’ of the 55% target set by Stormont, and that the council could face ‘significant financial penalties’ if it failed to improve.

DUP Alderman Trevor Boyd said the change would leave families with ‘a stench on their doorstep’ through the summer months.

‘I have had more calls about this than about anything else in 14 years on this council,’ he said. ‘People with young children in nappies, people with big families – they are already struggling with a fortnightly collection. What are they meant to do for three weeks in July?’

Ulster Unionist councillor Jill Hamill said the council had done ‘nowhere near enough’ to explain the change to the public, and described a consultation held last autumn as ‘a box-ticking exercise’.

Sinn Féin councillor Orla Devlin, who chairs the environment committee, said: ‘Nobody likes changes to their bin collections, and I understand that. But the status quo is costing ratepayers money, and it is costing the environment.

‘Where three-weekly collections have been brought in elsewhere, recycling has gone up and complaints have settled down within a few months.’

A woman in the public gallery shouted ‘shame on you’ as the result of the vote was announced.

Council chief executive Declan Magill told reporters after the meeting that families with young children or medical needs ‘will not be left on their own’.

‘There will be an exemption scheme for larger households and people with medical conditions, and we will be running a full information campaign before anything changes,’ he said.

The campaign, branded ‘Bin It Right’, will include leaflets delivered to every home and roadshows in Ballymoran, Drumkeel and Lisnavar.

Black bins will move to a three-weekly collection from July 7, while blue recycling bins and brown food and garden waste bins will continue to be collected every fortnight.

Residents can find out more on the council’s website, which states that the change is ‘about making the most of what we throw away’.""",
        [
            ("stench", "Trevor Boyd"),
            ("well short", "Ballymoran and District Council"),
            ("significant financial penalties", "Ballymoran and District Council"),
            ("a stench on their doorstep", "Trevor Boyd"),
            ("I have had more calls", "Trevor Boyd"),
            ("People with young children in", "Trevor Boyd"),
            ("nowhere near enough", "Jill Hamill"),
            ("a box-ticking exercise", "Jill Hamill"),
            ("Nobody likes changes to their", "Orla Devlin"),
            ("Where three-weekly collections have been", "Orla Devlin"),
            ("shame on you", "woman in the public gallery"),
            ("will not be left on", "Declan Magill"),
            ("There will be an exemption", "Declan Magill"),
            ("about making the most of", "Ballymoran and District Council"),
        ],
    ),
    (
        """Glanhenwy maternity unit to lose consultant-led births

By Catrin Howells
BBC Wales health correspondent

Consultant-led births will end at a west Wales hospital after health board members voted to downgrade its maternity unit.

Tywi and Teifi University Health Board approved plans on Thursday to turn the unit at Ysbyty Glanhenwy in Aberhenwy into a midwife-led birth centre.

Women judged to need consultant care will instead give birth at Ysbyty Cyffin in Pontlas, about 40 miles away.

The change follows an independent review, "Safe and Sustainable Maternity Services in West Wales", which found the unit had struggled to fill its rota of specialist doctors.

In a statement, the health board said: "The safety of mothers and babies is our absolute priority. Over the past 18 months we have relied on locum doctors to cover more than a third of obstetric shifts, and on 14 occasions the unit has had to close temporarily to new admissions.

"We do not believe this is sustainable, and the independent review we commissioned reached the same conclusion."

Nia Prosser, chair of the Glanhenwy Maternity Matters group, which handed a 21,000-signature petition to board members before the meeting, said the decision had been "stitched up long before the public had a say".

"Women in labour are going to be asked to travel 40 miles on roads that flood every winter," she said. "Someone is going to give birth in a lay-by, or worse, and the board will have to answer for that."

Plaid Cymru Member of the Senedd Llinos Vaughan called it "a dark day for healthcare in rural Wales" and said she would raise the issue with the health secretary.

But a midwife at the unit, who did not want to be named, told BBC Wales that many staff had mixed feelings.

"People assume we're all against it, but we've been working shifts where there's no consultant in the building for hours at a time," she said.

"It's frightening. Some of us have been asking for something to change for a long time."

The board's medical director, Dr Siôn Pritchard, said the new birth centre would be "a high-quality, safe option" for most women, around 60% of whom are expected to be eligible to give birth there.

He told the meeting: "I understand the strength of feeling, and I don't dismiss it. But I would not be able to look families in the eye if we carried on as we are and something went badly wrong."

The Welsh Government said decisions about how services were organised were "a matter for health boards", but that it expected the board to "listen carefully" to local concerns.

The changes are expected to take effect in the autumn.""",
        [
            ("The safety of mothers and", "Tywi and Teifi University Health Board"),
            ("We do not believe this", "Tywi and Teifi University Health Board"),
            ("stitched up long before the", "Nia Prosser"),
            ("Women in labour are going", "Nia Prosser"),
            ("Someone is going to give", "Nia Prosser"),
            ("a dark day for healthcare", "Llinos Vaughan"),
            ("People assume we're all against", "midwife at the unit"),
            ("It's frightening. Some of us", "midwife at the unit"),
            ("a high-quality, safe option", "Siôn Pritchard"),
            ("I understand the strength of", "Siôn Pritchard"),
            ("a matter for health boards", "Welsh Government"),
            ("listen carefully", "Welsh Government"),
        ],
    ),
    (
        """Slurry rule changes could push family farms "over the edge", farmers warn

Farming leaders have warned that proposed changes to slurry spreading rules could force smaller family farms out of business.

The proposals, put out to public consultation by the Department of Agriculture, Environment and Rural Affairs (DAERA) on Wednesday, would extend the closed period for spreading organic manures by two weeks and introduce wider buffer zones along rivers and streams feeding Lough Annagh.

The department said the measures were "necessary and proportionate" following the blue-green algae blooms which covered large parts of the lough last summer and led to the deaths of hundreds of fish and at least four dogs.

Agriculture Minister Colm Rafferty said: "We cannot stand by and watch one of our most important natural assets die in front of us. Agriculture is not the only source of the nutrients entering the lough, but it is the largest, and farmers have to be part of the solution.

"I want to be clear that this is a consultation. I want to hear from farmers, and I want to hear practical ideas."

Samuel Kerr, president of the Ulster Grassland Farmers' Association, said the proposals would push family farms "over the edge".

"A lot of farms around the lough have slurry storage built for the rules as they were ten years ago," he said. "Two extra weeks of closed period means two extra weeks of storage, and by the look of things nobody is going to be handing out grants for new tanks."

He added that farmers were being "made the scapegoat" for decades of under-investment in wastewater treatment, and called for the so-called "polluter pays" principle to be applied to NI Water as well as to farmers.

According to a report published last year by the Northern Ireland Environment Agency, agriculture accounts for around 62% of the phosphorus entering the lough, with wastewater treatment responsible for about a quarter.

Dairy farmer Michelle Quinn, who milks 160 cows near Lisnavar, said she accepted that change was needed.

"Nobody wants to see the lough like it was last year - we live here too," she said. "But you can't keep moving the goalposts and expect people to find the money on their own."

A spokesman for the environmental group Friends of Lough Annagh said the proposals "do not go nearly far enough".

"Every summer we hear the same promises, and every summer the lough gets worse," he said.

One senior departmental official, speaking on condition of anonymity, said the minister was "under enormous pressure from both sides" and that the final package was likely to include financial support for new slurry storage.

The consultation closes on April 30. Drop-in information events will be held at Lisnavar and Carrickbane marts later this month.""",
        [
            ("over the edge", "Samuel Kerr"),
            ("necessary and proportionate", "Department of Agriculture, Environment and Rural Affairs"),
            ("We cannot stand by and", "Colm Rafferty"),
            ("I want to be clear", "Colm Rafferty"),
            ("over the edge", "Samuel Kerr"),
            ("A lot of farms around", "Samuel Kerr"),
            ("Two extra weeks of closed", "Samuel Kerr"),
            ("made the scapegoat", "Samuel Kerr"),
            ("Nobody wants to see the", "Michelle Quinn"),
            ("But you can't keep moving", "Michelle Quinn"),
            ("do not go nearly far", "spokesman"),
            ("Every summer we hear the", "spokesman"),
            ("under enormous pressure from both", "senior departmental official"),
        ],
    ),
]
