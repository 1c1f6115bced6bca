CASES = [
    (
        """Man who headbutted doorman outside Ennis nightclub gets suspended sentence

By Owen Ryan

A 27-year-old man who headbutted a doorman outside an Ennis nightclub after being refused entry has been given a four-month suspended sentence at Ennis District Court.

Darragh Culligan, of Ballycasey Park, Shannon, pleaded guilty to assault causing harm and to engaging in threatening behaviour at Parnell Street on March 17 last year.

Garda Fiona Keogh told the court that she was called to the scene at around 1.40am and found the injured party, a security worker, with a cut above his left eye. She said the defendant was "highly agitated" and had to be restrained by two members of the public.

"He was shouting that he would come back and finish the job," Garda Keogh said. "He calmed down once he was placed in the patrol car."

The court heard that the doorman, who did not wish to be named, required three stitches and missed a week of work.

In a victim impact statement read to the court by the garda, he wrote: "I have worked on doors for eleven years and I have never been afraid going to work until now. I think about that night every time someone walks up to me."

Solicitor for the accused, Gearóid Moloney, said his client had consumed "a significant amount of drink" on St Patrick's Day and had no memory of the incident.

"He is mortified by his behaviour. He has written a letter of apology and he has brought €1,000 to court as a token of his remorse," Mr Moloney said.

He said Mr Culligan had since taken up a place on a training course with a view to becoming an electrician and had not touched alcohol since last summer.

"This was completely out of character for this young man," the solicitor added. "He has one previous conviction, for a public order matter when he was 19, and he has been in no trouble since."

Judge Aoife Brennan said she had read a report from the Probation Service, which assessed the accused as being at "low risk" of reoffending.

"A doorman is entitled to go to work and come home in one piece," the judge said. "People in that line of work are there to keep everybody safe, including people like you."

She imposed a four-month sentence, suspended for two years on condition that Mr Culligan keep the peace and continue to engage with the Probation Service. The €1,000 was ordered to be paid to the injured party.""",
        [
            ("highly agitated", "Fiona Keogh"),
            ("He was shouting that", "Fiona Keogh"),
            ("He calmed down once", "Fiona Keogh"),
            ("I have worked on doors", "doorman"),
            ("a significant amount of", "Gearóid Moloney"),
            ("He is mortified by", "Gearóid Moloney"),
            ("This was completely out", "Gearóid Moloney"),
            ("He has one previous", "Gearóid Moloney"),
            ("low risk", "Probation Service"),
            ("A doorman is entitled", "Aoife Brennan"),
            ("People in that line", "Aoife Brennan"),
        ],
    ),
    (
        """Kayaker drowned after being swept on to rocks off West Cork headland, inquest told

Eoin Hanrahan

A 52-year-old man who died while kayaking off the West Cork coast was an experienced paddler who had been caught out by a sudden change in sea conditions, an inquest has heard.

Declan Twomey, a secondary school teacher from Clonakilty, was pronounced dead at Cork University Hospital on August 9 last year after he was recovered from the water near Galley Head.

His friend and fellow kayaker, Ciarán Lordan, told Cork City Coroner’s Court that the two men had set out from Dirk Bay at about 10am in what he described as “flat calm” conditions.

“We had checked the forecast the night before and again that morning. There was nothing to suggest it would turn the way it did,” Mr Lordan said.

“Within maybe 20 minutes the swell had picked up and the wind had come around. Declan was about 30 metres ahead of me when he went over. I saw him try to roll back up twice.”

Mr Lordan said he managed to reach his friend and hold on to him while he raised the alarm on a handheld VHF radio.

The Courtmacsherry RNLI lifeboat and the Irish Coast Guard helicopter Rescue 117 were tasked to the scene. Coxswain Seán O’Flynn said the lifeboat crew found the two men “pinned against the base of the cliff” by the swell.

“It was a very difficult recovery. The crew did everything they possibly could in the conditions,” he told the inquest.

Assistant State Pathologist Dr Margaret Bolster gave the cause of death as drowning. She said there was a head injury consistent with contact with rocks but that it would not in itself have been fatal.

Met Éireann forecaster Alan Creedon, in a written deposition, said a weather front had arrived “some hours earlier than had been predicted” along that stretch of coast.

Coroner Philip Comyn said it was clear from the evidence that Mr Twomey had been well prepared, was wearing a buoyancy aid and had been paddling with a companion.

“This is the kind of tragedy that can happen to the most careful and experienced person on the water,” he said. “The sea does not give warnings.”

He returned a verdict of accidental death and extended his sympathies to Mr Twomey’s wife, Noreen, and their three children.

In a statement afterwards, the Twomey family thanked the lifeboat crew, the Coast Guard and the staff of CUH for “their kindness and their courage”.

“Declan loved the sea more than anywhere on earth. He would not want anyone to be afraid of it because of what happened to him,” the statement said.""",
        [
            ("flat calm", "Ciarán Lordan"),
            ("We had checked the", "Ciarán Lordan"),
            ("Within maybe 20 minutes", "Ciarán Lordan"),
            ("pinned against the base", "Seán O’Flynn"),
            ("It was a very", "Seán O’Flynn"),
            ("some hours earlier than", "Alan Creedon"),
            ("This is the kind", "Philip Comyn"),
            ("The sea does not", "Philip Comyn"),
            ("their kindness and their", "Twomey family"),
            ("Declan loved the sea", "Twomey family"),
        ],
    ),
    (
        """Pipe bomb accused 'a real and ongoing danger', court hears

By Ashleigh McCrory

A man charged over a pipe bomb attack on a house in east Belfast has been refused bail after a detective told a court he posed "a real and ongoing danger to the public".

Jordan Millar (31), of Cregagh Road, appeared at Belfast Magistrates' Court via video link from Maghaberry Prison on Friday charged with possessing an explosive substance with intent to endanger life and causing an explosion.

The charges relate to an incident at a house in Clara Crescent on Tuesday night when a device exploded at the front door while a woman and her two children were asleep upstairs. Nobody was injured.

Detective Constable Ryan Kerr said he could connect the accused to the charges and objected to bail.

He told the court that CCTV showed a man matching Millar's description approaching the property shortly before 11.30pm and that a hooded top recovered from his home was being forensically examined.

"Police believe this attack is linked to an ongoing dispute within a criminal grouping in the area," DC Kerr said. "There is a real risk of further offences and of interference with witnesses if the defendant is released."

Defence solicitor Niall Devenney said his client "vehemently denies" any involvement and questioned the strength of the identification evidence.

"The CCTV footage is grainy, it is at night and the individual's face is covered," Mr Devenney said. "What police have at this stage is a hoodie, and there are thousands of those in Belfast."

He said the defendant could live at an address outside the city and would comply with an electronic tag and a curfew.

Refusing bail, District Judge Amanda Henderson said the allegations were "of the utmost gravity".

"Whoever placed that device at that door could not have known whether a child would open it," she said. "I am not satisfied that any conditions could manage the risk in this case."

Millar was remanded in custody to appear again by video link on March 14.

Outside court, a PSNI spokesperson said enquiries were continuing and appealed for anyone with information to come forward.

"We are particularly keen to hear from motorists with dashcam footage who were in the Clara Crescent and Cregagh Road areas between 11pm and midnight on Tuesday," the spokesperson said.""",
        [
            ("a real and ongoing", "Ryan Kerr"),
            ("a real and ongoing", "Ryan Kerr"),
            ("Police believe this attack", "Ryan Kerr"),
            ("There is a real", "Ryan Kerr"),
            ("vehemently denies", "Niall Devenney"),
            ("The CCTV footage is", "Niall Devenney"),
            ("What police have at", "Niall Devenney"),
            ("of the utmost gravity", "Amanda Henderson"),
            ("Whoever placed that device", "Amanda Henderson"),
            ("I am not satisfied", "Amanda Henderson"),
            ("We are particularly keen", "spokesperson"),
        ],
    ),
    (
        """Farmer banned from keeping cattle for ten years after 'horrific' neglect

A Co Fermanagh farmer who left dead and dying cattle in a slurry-filled shed has been banned from keeping animals for ten years.

Thomas Gerald Irvine (58), of Drumcrow Road, Derrylin, pleaded guilty at Enniskillen Magistrates' Court to eleven charges under the Welfare of Animals Act (Northern Ireland) 2011, including causing unnecessary suffering and failing to dispose of carcases.

A solicitor for the Department of Agriculture, Environment and Rural Affairs (DAERA) told the court that veterinary officers visited the farm in February of last year following a complaint from a member of the public.

They found 14 dead cattle, some of which had been lying there 'for several weeks', and a further 22 animals standing in slurry up to their knees with no access to a dry lying area.

'Many of the animals were emaciated and several had to be euthanised at the scene,' the solicitor said. 'There was no fodder in the shed and the water trough was frozen over.'

Defence barrister Mr Conor Mulligan said his client had been 'overwhelmed' after the death of his brother, with whom he had farmed for more than 30 years.

'Mr Irvine was left to run a farm that had always been a two-man operation, and he did not ask for help,' Mr Mulligan said. 'He is a proud man, and he is deeply ashamed of the state these animals were found in.'

He said his client had since sold his remaining stock and was receiving support from his GP and from a rural mental health charity.

In a report to the court, a DAERA veterinary officer described the conditions as 'among the worst I have encountered in 19 years of practice'.

District Judge Alana McSorley said she accepted the defendant's personal circumstances were 'tragic', but that the court had a duty to the animals.

'These were horrific conditions and the suffering was prolonged,' she said. 'Help was available to Mr Irvine from any number of sources. Animals cannot ask for help.'

She imposed a four-month prison sentence, suspended for two years, and disqualified Irvine from owning or keeping cattle for ten years. He was also ordered to pay £2,400 in costs.

Speaking after the case, a spokesperson for DAERA said the department 'will not hesitate' to prosecute where welfare standards were breached.

'We would urge any farmer who is struggling to reach out early, whether to their vet, their local Farmers' Union group or to one of the support services available,' the spokesperson added.""",
        [
            ("horrific", "Alana McSorley"),
            ("for several weeks", "solicitor for the Department of Agriculture, Environment and Rural Affairs"),
            ("Many of the animals", "solicitor for the Department of Agriculture, Environment and Rural Affairs"),
            ("There was no fodder", "solicitor for the Department of Agriculture, Environment and Rural Affairs"),
            ("overwhelmed", "Conor Mulligan"),
            ("Mr Irvine was left", "Conor Mulligan"),
            ("He is a proud", "Conor Mulligan"),
            ("among the worst I", "DAERA veterinary officer"),
            ("tragic", "Alana McSorley"),
            ("These were horrific conditions", "Alana McSorley"),
            ("Help was available to", "Alana McSorley"),
            ("will not hesitate", "spokesperson"),
            ("We would urge any", "spokesperson"),
        ],
    ),
    (
        """Father-of-four died when tractor overturned on steep ground, inquest hears

By Siobhán Greaney

A father-of-four who died when the tractor he was driving overturned on a steep field near Oughterard had been moving bales to a neighbour's farm as a favour, an inquest in Galway has heard.

Pádraig Ó Conghaile (47), of Gortaneor, Oughterard, was killed on the evening of June 22 last year.

In a deposition read to the inquest by the Coroner for West Galway, Dr Ciarán MacLoughlin, his son, Colm Ó Conghaile, who was 16 at the time, said his father had gone out after the dinner to bring "a few bales" across to a neighbour who was short of fodder.

"He said he'd be back in half an hour. When he wasn't back by nine I went up the road to look for him," the teenager said.

"I could see the lights of the tractor in the field but they were pointing the wrong way. I ran down and the tractor was on its roof at the bottom of the slope.

"I shouted for Daddy and there was no answer. I rang my mother and then I rang 999."

Neighbour Michael Joyce said he had told the deceased there was "no rush at all" with the bales.

"I'd have taken them myself the next day. Pádraig was that kind of man, he'd never leave you stuck," Mr Joyce said.

Health and Safety Authority inspector Deirdre Cunniffe said the tractor was a 1990s model which was not fitted with a safety cab or roll-over protection frame, and the field had a gradient of up to 24 degrees in places.

"A tractor without a roll bar on ground like that offers no protection whatever to the driver if it goes over," Ms Cunniffe said. "Sadly we see this again and again in farm fatalities."

A post-mortem examination carried out by consultant pathologist Dr Gerard Heffernan at University Hospital Galway found that death was due to crush asphyxia.

Sergeant Tomás Leonard of Oughterard Garda Station said there was no evidence that alcohol or any other vehicle was involved.

The jury returned a verdict of accidental death. Addressing the family, Dr MacLoughlin said:

"Farming remains the most dangerous occupation in this country, and the people who die are so often people like Mr Ó Conghaile, doing a good turn for somebody at the end of a long day."

He urged farmers to check that older machinery was fitted with roll-over protection, describing the cost as "nothing compared to what this family has lost".

Speaking afterwards, Mr Ó Conghaile's widow, Bríd Ó Conghaile, said the people of the parish had "carried us" through the past year.""",
        [
            ("a few bales", "Colm Ó Conghaile"),
            ("He said he'd be", "Colm Ó Conghaile"),
            ("I could see the", "Colm Ó Conghaile"),
            ("I shouted for Daddy", "Colm Ó Conghaile"),
            ("no rush at all", "Michael Joyce"),
            ("I'd have taken them", "Michael Joyce"),
            ("A tractor without a", "Deirdre Cunniffe"),
            ("Sadly we see this", "Deirdre Cunniffe"),
            ("Farming remains the most", "Ciarán MacLoughlin"),
            ("nothing compared to what", "Ciarán MacLoughlin"),
            ("carried us", "Bríd Ó Conghaile"),
        ],
    ),
    (
        """Former credit union bookkeeper jailed for stealing £186,000

A former bookkeeper who stole more than £186,000 from a Co Tyrone credit union over seven years has been jailed for 18 months.

Gillian Hamill (54), of Killymoon Grove, Cookstown, admitted 23 counts of fraud by abuse of position and false accounting between 2015 and 2022 when she appeared at Dungannon Crown Court earlier this year.

Prosecuting barrister Ms Sinead Carolan told Judge Neil Rafferty KC that Hamill had created fictitious loans in the names of dormant members and diverted the money to her own accounts.

"The defendant was a trusted employee who had access to every part of the credit union's systems," Ms Carolan said. "She exploited that trust in a calculated and sustained way."

The fraud came to light, according to the prosecution, when a newly appointed manager spotted repayments being made on accounts that had been inactive for years.

In a victim impact statement, the board of Tullyhogue and District Credit Union said the thefts had caused "enormous hurt" to a small organisation run for and by its community.

"Many of our members are elderly and have saved with us for their whole lives. For some of them, the news that money had gone missing caused real fear," the statement said.

Defence barrister Mr Desmond Mallon said Hamill had developed a gambling addiction which she had hidden from her family.

"This is a woman whose life has been consumed by online gambling," he said. "She has not had a holiday, she has not bought a car, and there is nothing to show for this money other than the wreckage of her own life."

He told the court £41,000 had been repaid through the sale of a property, and that she had attended Gamblers Anonymous since her arrest.

Judge Rafferty said that while he accepted the defendant was remorseful, the offending was "a gross breach of trust" which could only be met with custody.

"Credit unions exist because ordinary people trust one another with their savings," the judge said. "Those who abuse that trust must understand that prison will follow."

He imposed a three-year sentence, to be split equally between custody and supervised licence.

Speaking outside court, Detective Inspector Karen Mullan of the PSNI's Economic Crime Unit told reporters the sentence "sends a clear message".

"This was a lengthy and complex investigation, and I want to thank the staff and volunteers at the credit union for their co-operation throughout," she said.

A spokeswoman for the Irish League of Credit Unions said cases of this kind were "extremely rare" and that controls had been strengthened across its member organisations.""",
        [
            ("The defendant was a", "Sinead Carolan"),
            ("She exploited that trust", "Sinead Carolan"),
            ("enormous hurt", "Tullyhogue and District Credit Union"),
            ("Many of our members", "Tullyhogue and District Credit Union"),
            ("This is a woman", "Desmond Mallon"),
            ("She has not had", "Desmond Mallon"),
            ("a gross breach of", "Neil Rafferty"),
            ("Credit unions exist because", "Neil Rafferty"),
            ("Those who abuse that", "Neil Rafferty"),
            ("sends a clear message", "Karen Mullan"),
            ("This was a lengthy", "Karen Mullan"),
            ("extremely rare", "spokeswoman"),
        ],
    ),
    (
        """Man who smashed bakery windows told to pay €3,220 compensation

A Kilkenny man who smashed the front windows of a family-run bakery on High Street after a night out has been told to pay more than €3,200 in compensation.

Shane Dowling (24), with an address at Loughmacask Court, Kilkenny, appeared before Judge Brian Fennelly at Kilkenny District Court on Tuesday. He pleaded guilty to criminal damage at Rafter's Bakery on October 28 last.

Inspector Gerry Whelan told the court that CCTV showed the defendant kicking and punching two plate glass windows at around 3am before walking off in the direction of the Parade.

"He was identified by gardaí from the footage within a matter of hours," Insp Whelan said. "When he was interviewed, he made full admissions and said he couldn't explain why he did it."

The bakery, which has traded on the street since 1962, had to close for a day while the glass was replaced.

In a post on its Facebook page that morning, Rafter's Bakery said staff had arrived to find "glass all over the shop floor and all over the bread".

"We're a small business and it's been a tough couple of years. To come in to this is heartbreaking," the bakery said. "But we'll be open again tomorrow, so come in and see us."

A neighbouring trader, who did not wish to be named, told the Kilkenny People at the time that the street had seen "a lot of this kind of carry-on" at weekends.

Defending, solicitor Ms Áine Dermody said her client had no previous convictions and had been "in a bad place" following the breakdown of a relationship.

"He's a young man who has worked since he left school. He is utterly ashamed and he has written to the family who own the bakery," she said.

Ms Dermody said her client had €3,220 in court, the full cost of the replacement glass and lost trade.

Judge Fennelly asked whether the defendant had been drinking. Ms Dermody replied that he had consumed "eight or nine pints" and a number of shots.

"Eight or nine pints and shots, and then you go out and destroy a man's livelihood," the judge said. "That's what drink does, and it's something you're going to have to think long and hard about."

He said that if the compensation was paid to the injured party, he would apply the Probation Act.""",
        [
            ("He was identified by", "Gerry Whelan"),
            ("When he was interviewed", "Gerry Whelan"),
            ("glass all over the", "Rafter's Bakery"),
            ("We're a small business", "Rafter's Bakery"),
            ("But we'll be open", "Rafter's Bakery"),
            ("a lot of this", "neighbouring trader"),
            ("in a bad place", "Áine Dermody"),
            ("He's a young man", "Áine Dermody"),
            ("eight or nine pints", "Áine Dermody"),
            ("Eight or nine pints and", "Brian Fennelly"),
            ("That's what drink does", "Brian Fennelly"),
        ],
    ),
    (
        """Prisoner’s death ‘could have been prevented’, coroner finds

A coroner has found that the death of a 29-year-old man in Maghaberry Prison could have been prevented had healthcare staff acted on warnings about his mental health.

Ryan Patrick Toner, from Lurgan, was found unresponsive in his cell on the morning of November 3, 2021, ten days after he was remanded in custody on theft charges.

Delivering her findings at Laganside Courts in Belfast on Thursday, Coroner Maeve Cullinan said information from Mr Toner’s GP, which showed he had made two previous attempts on his life, was sent to the prison healthcare team but “never made its way” into his care plan.

“There were missed opportunities on more than one occasion to identify that Ryan was at heightened risk,” she said.

“Had those opportunities been taken, it is more likely than not that he would have been placed on a supportive observation regime.”

The inquest heard evidence over eight days, including from prison officers on duty in Bann House on the night of Mr Toner’s death.

One officer, who gave evidence from behind a screen and was referred to only as Officer C, told the inquest that checks had been carried out at the required intervals and that Mr Toner had appeared “settled” during the evening.

The coroner also referred to a report by the Prisoner Ombudsman, titled “Learning from a Death in Custody”, which had identified failings in information-sharing between the South Eastern Health and Social Care Trust and prison staff.

In a statement read outside court by solicitor Fergal Devlin, the Toner family said:

“Ryan was a gentle, funny young man who was let down when he was at his most vulnerable.

“We were told that he would be safe in custody. Today’s findings show that the system failed him, and we hope no other family has to go through what we have endured.”

A Northern Ireland Prison Service spokesman said the service accepted the coroner’s findings and offered its “sincere condolences” to Mr Toner’s family.

“Significant changes have been made since 2021 to the way in which information is shared between healthcare and operational staff,” he said. “We will study the coroner’s findings carefully to see whether further improvements are required.”

A spokeswoman for the South Eastern Trust said it would “reflect carefully” on the findings and would meet the family if they wished.""",
        [
            ("could have been prevented", "Maeve Cullinan"),
            ("never made its way", "Maeve Cullinan"),
            ("There were missed opportunities", "Maeve Cullinan"),
            ("Had those opportunities been", "Maeve Cullinan"),
            ("settled", "Officer C"),
            ("Ryan was a gentle,", "Toner family"),
            ("We were told that", "Toner family"),
            ("sincere condolences", "spokesman"),
            ("Significant changes have been", "spokesman"),
            ("We will study the", "spokesman"),
            ("reflect carefully", "spokeswoman"),
        ],
    ),
]
