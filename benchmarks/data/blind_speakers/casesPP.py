CASES = [
    (
        """Mangarewa man jailed over ram raid on town's only pharmacy

A 23-year-old man who reversed a stolen ute through the front doors of a Waikato town's only pharmacy has been jailed for three years and two months.

Tane Hēnare appeared for sentencing in the Te Paerata District Court on Tuesday, having pleaded guilty to burglary, unlawfully taking a motor vehicle and dangerous driving.

The court heard Hēnare and two others, who have not been identified, smashed through the glass doors of Mangarewa Community Pharmacy at about 3am on 14 March, making off with cigarettes, vapes and about $4000 worth of prescription medication.

The pharmacy stayed closed for almost six weeks while repairs were carried out.

Judge Miriam Tautahi said the offending had a real and lasting impact on a small community.

"This was not a victimless crime. Elderly people in this town had to drive 40 minutes to collect their prescriptions," she said.

"You told the writer of your pre-sentence report that you did not think about who would be affected. I accept that, but it does not excuse what you did."

Defence lawyer Callum Pryde said his client had been "swept along by older associates" and had since found work as a labourer and stopped using cannabis.

He asked the judge to consider a sentence of home detention.

In a victim impact statement read to the court, pharmacy owner Deepa Raniga said her staff were still nervous about opening up in the mornings.

"Every time a car slows down outside, we look up. That's what this has done to us."

Judge Tautahi declined the request for home detention, saying imprisonment was "the only appropriate response" to offending that had been planned and had targeted an essential service.

Hēnare was also disqualified from driving for two years and ordered to pay $2500 in reparation.

Speaking after the sentencing, Detective Sergeant Lou Fa'alogo said police hoped the outcome sent a clear message.

"Ram raids aren't a game. People get hurt, businesses close and the ones doing it end up exactly where this young man is today," he said.

Police said inquiries were continuing into the other two people involved.""",
        [
            ("This was not a victimless", "Miriam Tautahi"),
            ("You told the writer of", "Miriam Tautahi"),
            ("swept along by older associates", "Callum Pryde"),
            ("Every time a car slows", "Deepa Raniga"),
            ("the only appropriate response", "Miriam Tautahi"),
            ("Ram raids aren't a game", "Lou Fa'alogo"),
        ],
    ),
    (
        """Hundreds pack Tarrabool hall as residents demand action on youth crime

By Ellie Nankervis

More than 400 people have crammed into a civic centre in central Queensland to vent their anger over a spate of break-ins and car thefts, with some saying they no longer feel safe in their own homes.

The public meeting in Tarrabool on Tuesday night was organised by the local chamber of commerce as part of its "Take Back Tarrabool" campaign, and heard from police, the mayor and a string of business owners who said they had been targeted repeatedly this year.

Hardware store owner Glenn Purcell told the crowd his shop had been broken into five times since January.

"I've spent more on roller doors and cameras than I've spent on stock," Mr Purcell said.

"My insurer has told me they won't renew. So what do I do? Close up and put eight people out of work?"

Acting Superintendent Dana Whitlock, from the Central Highlands police district, said officers had arrested 31 young people in the district since March, many of them repeat offenders.

"We know who a lot of these kids are. We are arresting them, and then we're arresting them again," she said.

"But police are one part of this. If a 13-year-old is walking the streets at 2:00am, the question has to be asked: where are the adults in that child's life?"

Tarrabool Regional Council Mayor Ross Beveridge said the council would write to the Police Minister requesting more officers for the town, which has a population of about 9,000.

"The state government needs to stop treating this as a Brisbane problem," he said.

Several residents called for tougher bail laws, and the loudest applause of the night came when one man shouted that offenders should be "locked up and kept there".

One woman, who did not want to be named, said her elderly mother had woken to find two teenagers in her kitchen.

"She's 84. She sleeps with the light on now and a phone under her pillow," the woman said.

Youth worker Jarrah Simpson, who runs an after-school program at the Tarrabool PCYC, urged the crowd not to "write these kids off".

"Locking up a 14-year-old for six months and then sending him back to the same house, the same street, the same mates — that's not going to fix anything," he said.

In a statement, a spokesperson for Police Minister Tom Reardon said the government had invested heavily in frontline policing across regional Queensland.

"Two additional officers will be deployed to Tarrabool from next month, and the minister will continue to work closely with the community," the spokesperson said.

The chamber of commerce said it would hold a follow-up meeting in August.""",
        [
            ("I've spent more on roller", "Glenn Purcell"),
            ("My insurer has told me", "Glenn Purcell"),
            ("We know who a lot", "Dana Whitlock"),
            ("But police are one part", "Dana Whitlock"),
            ("The state government needs to", "Ross Beveridge"),
            ("locked up and kept there", "man"),
            ("She's 84. She sleeps with", "woman"),
            ("write these kids off", "Jarrah Simpson"),
            ("Locking up a 14-year-old for", "Jarrah Simpson"),
            ("Two additional officers will be", "spokesperson"),
        ],
    ),
    (
        """Rugby fan who punched referee told he let down town

By Hamish Tully

A spectator who ran on to the field and punched a referee during a club rugby match in Ōkārewa has been told he “let down everyone in that grandstand”.

Brendon Keith Mawson (41), farmhand, of Ōkārewa, appeared in the Ōkārewa District Court yesterday, having earlier pleaded guilty to a charge of assault.

The court heard Mawson had been drinking at Kōtare Park on June 8 when, in the 63rd minute of a premier game between Ōkārewa and Tūtaki Valley, he became angry at a penalty awarded against the home side.

He climbed the boundary fence, ran about 30m across the field and struck the 24-year-old referee once on the side of the head, knocking him to the ground.

Players from both teams held Mawson until police arrived.

In a victim impact statement, the referee said he had considered giving up the game.

“I have refereed since I was 15. For the first time, I don’t know if I want to go back out there,” he wrote.

Counsel Sarah Te Hiko said her client was “deeply ashamed of his behaviour” and had written a letter of apology to the referee, which had been accepted.

He had also stopped drinking and was attending counselling.

Judge Peter Ashcroft said that was to Mawson’s credit, but grassroots sport relied entirely on volunteers.

“Referees at club level do it for nothing. They give up their Saturdays so your son, your nephew, the kids in this town can play.

“You ran on to that field and hit a young man because you disagreed with a decision. That is the behaviour of a child, not a 41-year-old man.

“You let down everyone in that grandstand.”

Mawson was convicted, ordered to pay $1500 emotional harm reparation and sentenced to 100 hours’ community work.

Ōkārewa Rugby Football Club president Gary Lindqvist said after the hearing the club had banned Mawson from its grounds for two years.

“We’re a family club. People bring their kids to watch on a Saturday, and we won’t tolerate that sort of thing,” Mr Lindqvist said.

Southern Plains Rugby Union chief executive Aroha Bennett said abuse of match officials was a growing problem and the union had lost 11 referees in the past two seasons.

“We are short of referees already, and a story like this doesn’t help,” she said.

Mawson declined to comment outside court.""",
        [
            ("let down everyone in that grandstand", "Peter Ashcroft"),
            ("I have refereed since I", "referee"),
            ("deeply ashamed of his behaviour", "Sarah Te Hiko"),
            ("Referees at club level do", "Peter Ashcroft"),
            ("You ran on to that", "Peter Ashcroft"),
            ("You let down everyone in", "Peter Ashcroft"),
            ("We’re a family club. People bring", "Gary Lindqvist"),
            ("We are short of referees", "Aroha Bennett"),
        ],
    ),
    (
        """'He was just a kid': Family of teen killed after police pursuit want answers

By Kiri Matenga

The whānau of a 16-year-old boy killed when a car fleeing police crashed into a power pole near Kaitāwa say they are still waiting to find out why a chase was started at all.

Rawiri Tipene-Walker died at the scene on Ōpuhi Rd, about 6km south of the Northland town, shortly after 1am on Sunday.

The 19-year-old driver was seriously injured and a 15-year-old passenger suffered moderate injuries. Both remain in hospital.

Police have said the pursuit was abandoned about 90 seconds before the crash, after the car reached speeds of about 140km/h on the winding rural road.

Rawiri's aunt, Huia Tipene, said the family did not blame the officers involved but wanted to understand the decisions that were made.

"He was just a kid. He got in a car with the wrong people on the wrong night, and now he's gone," she said.

"We've been told there'll be an investigation, and that's fine, but nobody has sat down with his mum and explained what actually happened out there."

A police spokeswoman said officers had signalled for the vehicle to stop after it was seen "travelling erratically and at speed" on Kaitāwa's main street.

"The pursuit was abandoned as the risk to the public and to the occupants of the vehicle was deemed too high," the spokeswoman said in a statement.

"Our thoughts are with the young man's whānau and everyone affected by this tragedy."

Northland district commander Superintendent Marcus Hetaraka confirmed the crash had been referred to the police conduct watchdog, which is standard practice when a person dies following contact with police.

He told the Advocate he understood the family's frustration.

"I'd be frustrated too. I've got teenagers myself," Hetaraka said.

"We will be open with the family about what we find, and we'll do that as quickly as the process allows."

Former Kaitāwa ward councillor Mere Hōhaia said the town was "hurting badly right now" and young people needed somewhere to go at night.

"There's nothing here for them after dark. No movies, no youth centre, nothing. So they drive around," she said.

"I'm not making excuses for anyone. I'm saying we've been asking for something for these kids for 10 years."

Rawiri's funeral was held at Ōpuhi Marae on Thursday, where he was remembered as a talented league player and a devoted older brother to four siblings.""",
        [
            ("He was just a kid", "Huia Tipene"),
            ("He was just a kid. He", "Huia Tipene"),
            ("We've been told there'll be", "Huia Tipene"),
            ("travelling erratically and at speed", "spokeswoman"),
            ("The pursuit was abandoned as", "spokeswoman"),
            ("Our thoughts are with the", "spokeswoman"),
            ("I'd be frustrated too. I've got", "Marcus Hetaraka"),
            ("We will be open with", "Marcus Hetaraka"),
            ("hurting badly right now", "Mere Hōhaia"),
            ("There's nothing here for them", "Mere Hōhaia"),
            ("I'm not making excuses for", "Mere Hōhaia"),
        ],
    ),
    (
        """Inquest told no officer physically checked on Warren Ellery for four hours before he died

By Lachlan Fitzroy

Police officers at a remote West Australian station did not physically check on a man in their cells for more than four hours before he was found unresponsive, a coronial inquest has heard.

Warren Ellery, 47, died in Kalgarra Hospital in October 2023, several hours after he was arrested on an outstanding warrant and taken to the town's police station.

The inquest, before Coroner Philippa Marr, began in Kalgarra on Monday and is expected to run for two weeks.

In her opening address, counsel assisting the coroner Amelia Duckworth said CCTV footage from inside the cell showed Mr Ellery lying motionless on the floor from about 11:40pm.

"There is no record of any officer entering the cell, or looking through the observation hatch, until 4:05am," Ms Duckworth said.

"The evidence will be that at that time, he was found not breathing."

According to the station's lock-up register, checks on Mr Ellery were recorded at hourly intervals throughout the night.

Senior Constable Bradley Noone, who was in charge of the lock-up that night, told the inquest he had been "the only officer on the station" for most of the shift and was dealing with a series of calls, including a domestic violence incident.

Asked by Ms Duckworth whether he had filled in the register without doing the checks, he said: "I did look at the monitor. I accept I didn't go down to the cell."

"Looking back, I should have. I think about it every day."

Under questioning from lawyers for the Ellery family, Senior Constable Noone agreed the monitor in the front office was small and the image was "pretty grainy, especially at night".

Mr Ellery's sister, Rhonda Ellery, sat in the public gallery throughout the first day of evidence.

Speaking to reporters outside court, she said the family had waited almost two years for answers.

"Warren wasn't a saint, but he didn't deserve to die on a concrete floor with nobody watching," she said.

"All we've ever wanted is for someone to tell us the truth."

A police spokesperson said the force was "fully cooperating with the coronial process" and it would be inappropriate to comment further while the inquest was underway.

The inquest continues.""",
        [
            ("There is no record of", "Amelia Duckworth"),
            ("The evidence will be that", "Amelia Duckworth"),
            ("the only officer on the", "Bradley Noone"),
            ("I did look at the", "Bradley Noone"),
            ("Looking back, I should have.", "Bradley Noone"),
            ("pretty grainy, especially at night", "Bradley Noone"),
            ("Warren wasn't a saint, but", "Rhonda Ellery"),
            ("All we've ever wanted is", "Rhonda Ellery"),
            ("fully cooperating with the coronial", "spokesperson"),
        ],
    ),
    (
        """Six charged as police smash alleged ice ring in Wollandra

Bree Castellano

Six people have been charged and more than $200,000 in cash seized after police raided 11 properties across Wollandra and surrounding towns in an operation targeting the alleged supply of methamphetamine through the region.

Detective Inspector Craig Meldrum said Wednesday morning's raids were the culmination of an eight-month investigation, codenamed Operation Ironbark.

"We allege this group was responsible for moving a significant quantity of ice into Wollandra, Brennans Flat and a number of smaller communities along the river," Det Insp Meldrum told reporters.

"These are towns of a few thousand people. The damage this drug does in a place that size is enormous. Every family knows someone."

Police allege they found about 1.2kg of methamphetamine, two unregistered firearms and a quantity of cannabis, as well as the cash, some of it buried in plastic containers in a backyard.

According to charge sheets tendered in Wollandra Magistrates Court on Thursday, the alleged leader of the group, a 44-year-old Brennans Flat man, faces 14 charges including trafficking a large commercial quantity of a drug of dependence.

The man, Shane Patrick Cowdrey, did not apply for bail and was remanded in custody to reappear in February.

His lawyer, Nikos Papadakis, told the court his client "will be fighting these charges" and said the brief of evidence was likely to be extensive.

A 19-year-old Wollandra woman charged with possession and dealing in the proceeds of crime was granted bail on strict conditions, including a curfew and a requirement to report to police three times a week.

"I'm satisfied the conditions proposed adequately address any risk," Magistrate Fiona Greaves said.

The remaining four accused will face court next month.

Wollandra Shire Mayor Leanne Pocock welcomed the arrests but said the community needed more support for people struggling with addiction.

"You can't arrest your way out of this. We've got a waiting list for rehab beds that's months long, and the nearest detox unit is three hours away," Cr Pocock said.

She said the shire had been lobbying the state government for a residential rehabilitation facility in the region "for the best part of a decade".

Police have urged anyone with information about drug supply in the area to contact Crime Stoppers.""",
        [
            ("We allege this group was", "Craig Meldrum"),
            ("These are towns of a", "Craig Meldrum"),
            ("will be fighting these charges", "Nikos Papadakis"),
            ("I'm satisfied the conditions proposed", "Fiona Greaves"),
            ("You can't arrest your way", "Leanne Pocock"),
            ("for the best part of", "Leanne Pocock"),
        ],
    ),
    (
        """Te Kōpua residents fear slower response as police station hours cut

Kahu Walker, Local Democracy Reporting

Residents of the East Coast township of Te Kōpua say they fear for their safety after police confirmed the town's two-officer station will be staffed only during business hours from next month.

Under the change, calls after 5pm and at weekends will be handled by officers based in Whakarau, about 55 minutes' drive away on a road that often closes during heavy rain.

Te Kōpua Community Board chairperson Tina Poutama said the decision had been made without any consultation.

"We found out on Facebook. That's not how you treat a community that has backed its local cops for decades."

She said the town had seen two serious assaults and a house fire in the past year where a quick police response had "made all the difference".

In a letter sent to residents last week, the community board said it would seek an urgent meeting with the district commander and "will not accept a watered-down service for a town this isolated".

Inspector Grant Mackie, the Whakarau area commander, told a board meeting on Tuesday he understood the concern.

"I'm not going to stand here and pretend an hour's drive is nothing. It isn't," he said.

"But the reality is our two officers here are spending a lot of their night shifts driving to jobs elsewhere anyway."

In a statement, New Zealand Police said the change followed "a review of demand and staffing across the district".

"Te Kōpua will continue to receive a 24/7 police response. Officers from Whakarau will attend emergencies, and the station will remain open to the public on weekdays," the statement said.

Local kaumātua Hemi Rangihuna, 78, said he remembered when the town had three officers living in police houses on the main road.

"The cop knew everyone, and everyone knew the cop. You didn't muck around, because he'd tell your nan," he said, laughing.

"Now the kids won't even know their faces."

One local officer, who spoke on condition of anonymity because they were not authorised to comment, said staff were unhappy with the decision.

"A lot of us live here. We coach the kids' netball, we go to the tangi. Working from an hour away is not the same job."

The change takes effect on 1 September.""",
        [
            ("We found out on Facebook.", "Tina Poutama"),
            ("made all the difference", "Tina Poutama"),
            ("will not accept a watered-down", "Te Kōpua Community Board"),
            ("I'm not going to stand", "Grant Mackie"),
            ("But the reality is our", "Grant Mackie"),
            ("a review of demand and", "New Zealand Police"),
            ("Te Kōpua will continue to", "New Zealand Police"),
            ("The cop knew everyone, and", "Hemi Rangihuna"),
            ("Now the kids won't even", "Hemi Rangihuna"),
            ("A lot of us live", "local officer"),
        ],
    ),
    (
        """Penbrook constable charged with assault after arrest video spreads online

By Maddie Reardon

A first-year constable has been charged with common assault after footage appearing to show a handcuffed man being punched outside a Penbrook hotel was shared thousands of times on social media.

Constable Jordan Pettifer, 24, was charged on Friday and has been suspended from duty on full pay.

The 40-second video, filmed by a bystander outside the Commercial Hotel on Marine Terrace shortly before midnight last Saturday, shows a man lying face-down on the footpath with his hands cuffed behind his back while an officer strikes him several times.

Assistant Commissioner Helen Corrigan told a media conference at Penbrook police station the footage was “confronting to watch” and had been referred to Professional Standards as soon as police became aware of it.

“Our officers are held to a very high standard, and rightly so. Where that standard isn’t met, there will be consequences,” Assistant Commissioner Corrigan said.

“I want to be clear that this does not reflect the conduct of the hundreds of officers on the North-West Coast who do their job properly every day.”

The man in the video, 31-year-old Luke Abernethy, suffered a fractured cheekbone and was treated at Penbrook District Hospital.

Speaking to The Courier on Saturday, Mr Abernethy said he had been arrested after an argument with another patron.

“I’d had a few drinks, I’m not going to lie about that. But I was on the ground with my hands behind my back. There was no reason for it,” he said.

His lawyer, Priya Venkataraman, said her client was considering civil action against the state.

The bystander, who asked not to be named, said she had started recording because “it just didn’t look right”.

“I’ve seen police arrest drunk people outside that pub plenty of times. This was different. I kept thinking someone was going to step in,” she said.

Police Association president Col Brereton said the constable was entitled to the presumption of innocence.

“I’d urge people not to rush to judgment based on 40 seconds of phone footage. We don’t know what happened before the camera started rolling,” Mr Brereton said.

A senior officer at Penbrook, who did not want to be named, said morale at the station was “at rock bottom” after a difficult week.

Constable Pettifer is due to appear in the Penbrook Magistrates Court on March 14.""",
        [
            ("confronting to watch", "Helen Corrigan"),
            ("Our officers are held to", "Helen Corrigan"),
            ("I want to be clear", "Helen Corrigan"),
            ("I’d had a few drinks,", "Luke Abernethy"),
            ("it just didn’t look right", "bystander"),
            ("I’ve seen police arrest drunk", "bystander"),
            ("I’d urge people not to", "Col Brereton"),
            ("at rock bottom", "senior officer at Penbrook"),
        ],
    ),
]
