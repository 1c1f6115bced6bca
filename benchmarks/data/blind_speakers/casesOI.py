CASES = [
    (
        """Custody death: Mother says son was 'failed at every turn'

By Rachel Henshaw
BBC News, Manchester

The mother of a man who died after being held in a police cell has said he was "failed at every turn" after an inquest jury found delays in getting him medical help contributed to his death.

Liam Costigan, 34, was arrested on suspicion of criminal damage in Edgeley, Stockport, on 14 March 2023 and taken to Cheadle Heath custody suite, where he was found unresponsive less than six hours later.

A jury at Stockport Coroner's Court concluded that officers and custody staff had missed "repeated opportunities" to recognise he had swallowed a large quantity of drugs before his arrest.

Speaking outside court, his mother Bernadette Costigan said: "Liam was a loving son and a devoted dad. He told them he had swallowed something. He told them he was frightened. Nobody listened.

"We have waited more than two years for the truth and today we finally have some of it."

The inquest heard Mr Costigan was checked 11 times while in his cell but on at least four occasions the detention officer did not try to rouse him, as national guidance requires.

A custody sergeant, who cannot be named for legal reasons, told the hearing she believed Mr Costigan was "sleeping it off" and that the suite had been "extremely busy" that night.

She accepted she had not asked a healthcare practitioner to see him. "With hindsight, I should have done," she said.

Area coroner Dr Helen Marwood said she would be writing to Greater Manchester Police (GMP) to raise concerns about how rousing checks were recorded.

"I remain concerned that the guidance on rousing detainees is not being followed consistently, and that the paperwork does not always reflect what actually happened at the cell door," she said.

In a statement, GMP said: "Our thoughts remain with Mr Costigan's family. We accept the jury's findings and have already made changes to training for all custody staff."

The force added that it had introduced spot checks of custody records and installed additional cell monitoring equipment at Cheadle Heath.

The Independent Office for Police Conduct (IOPC) investigated the actions of three officers and two detention officers. One detention officer was given a final written warning at a misconduct meeting last year.

IOPC regional director Daniel Okafor said the case showed "how quickly things can go wrong" when the basics are missed.

The family's solicitor, Priya Nandra, of Hallam Rees Solicitors, described the findings as "damning".

"This is not the first death in a Greater Manchester custody suite where checks were not carried out properly," she said. "Sadly, I fear it will not be the last unless lessons are genuinely learned.\"""",
        [
            ("failed at every turn", "Bernadette Costigan"),
            ("failed at every turn", "Bernadette Costigan"),
            ("repeated opportunities", "jury at Stockport Coroner's Court"),
            ("Liam was a loving son", "Bernadette Costigan"),
            ("We have waited more than", "Bernadette Costigan"),
            ("sleeping it off", "custody sergeant"),
            ("extremely busy", "custody sergeant"),
            ("With hindsight, I should have", "custody sergeant"),
            ("I remain concerned that the", "Helen Marwood"),
            ("Our thoughts remain with Mr", "Greater Manchester Police"),
            ("how quickly things can go", "Daniel Okafor"),
            ("damning", "Priya Nandra"),
            ("This is not the first", "Priya Nandra"),
            ("Sadly, I fear it will", "Priya Nandra"),
        ],
    ),
    (
        """Met officer sacked after punching handcuffed teenager in police van

PC Adam Thorne found to have lied about use of force during arrest in Catford, misconduct panel rules

Vikram Basu
Wed 11 Jun 2025 17.42 BST

A Metropolitan police officer who punched a handcuffed 16-year-old boy in the back of a police van and then lied about it has been dismissed without notice.

PC Adam Thorne, 29, struck the teenager twice in the face during an arrest in Catford, south-east London, in August 2023, a gross misconduct hearing was told.

Body-worn camera footage played to the panel showed the boy, whose hands were cuffed behind his back, telling officers: “I can’t breathe, you’re hurting my arm.” Thorne can then be heard replying: “Keep moving and see what happens.”

In a statement written hours later, Thorne claimed the boy had “lunged” at him and that he had used “a single distraction strike” to protect himself. The footage showed two blows and no lunge, the panel found.

Joanna Pelling, the legally qualified chair, said the recording “flatly contradicted” the officer’s account.

“The panel is satisfied that PC Thorne’s use of force was neither necessary nor proportionate, and that he then set out deliberately to mislead those who would review the incident,” she said.

“Honesty is the bedrock of policing. There is no sanction short of dismissal that would maintain public confidence.”

Thorne admitted that the force he used breached professional standards but denied acting dishonestly. He did not attend the final day of the hearing. His representative, Martin Eddowes, told the panel his client had been “under enormous strain” after a run of violent arrests and had “made a split-second error that he bitterly regrets”.

The boy, who cannot be identified, was released without charge. His family were initially told he had been violent towards officers.

“I believed them at first. Why wouldn’t I?” the boy’s mother said. “Then I saw the video.”

The Independent Office for Police Conduct (IOPC), which investigated after a complaint from the family, said Thorne’s written account amounted to “a deliberate attempt to cover up what he had done”.

Cdr Sarah Whitlock, who leads the Met’s professional standards directorate, said the force was “determined to root out” officers who abused their powers.

“The vast majority of our officers would be appalled by what they have seen in this footage,” she said. “Londoners need to know that when an officer crosses the line, and then lies about it, they will not keep their job.”

The dismissal comes as the Met continues to implement its “A New Met for London” reform plan, launched after a string of scandals involving serving officers. Thorne will be added to the barred list held by the College of Policing, preventing him from working in policing again.""",
        [
            ("I can’t breathe, you’re hurting", "boy"),
            ("Keep moving and see what", "Adam Thorne"),
            ("lunged", "Adam Thorne"),
            ("a single distraction strike", "Adam Thorne"),
            ("flatly contradicted", "Joanna Pelling"),
            ("The panel is satisfied that", "Joanna Pelling"),
            ("Honesty is the bedrock of", "Joanna Pelling"),
            ("under enormous strain", "Martin Eddowes"),
            ("made a split-second error that", "Martin Eddowes"),
            ("I believed them at first.", "boy's mother"),
            ("Then I saw the video.", "boy's mother"),
            ("a deliberate attempt to cover", "Independent Office for Police Conduct"),
            ("determined to root out", "Sarah Whitlock"),
            ("The vast majority of our", "Sarah Whitlock"),
            ("Londoners need to know that", "Sarah Whitlock"),
        ],
    ),
    (
        """Motorcyclist's family 'still waiting for answers' after inquest into Finglas crash

Sorcha Kinsella

The mother of a young man who died when his motorbike struck a wall during a Garda pursuit in north Dublin has said the family is "still waiting for answers" more than three years after his death.

An inquest at Dublin District Coroner's Court on Tuesday returned a narrative verdict in the case of Jason Fogarty (19), of Ballygall, who died at the scene on Cappagh Road, Finglas, on the night of October 2nd, 2021.

The inquest heard that a marked Garda car had followed the unlicensed Honda motorcycle for almost four kilometres after it failed to stop at a checkpoint. Mr Fogarty, who was not wearing a helmet, lost control on a bend and hit a boundary wall.

Garda Ciarán Duggan, who was driving the patrol car, told the court he had been "keeping a safe distance" and had been about to call off the pursuit when the crash happened.

"I could see he was going too fast for that road. I was slowing down. Then I came around the bend and he was just lying there," he said.

Under questioning from the family's barrister, Eoin Travers SC, Garda Duggan accepted that he had not been trained in the Garda's updated pursuit policy at the time.

A report by the Garda Síochána Ombudsman Commission (GSOC), which was read into the record, found no evidence of criminal wrongdoing. However, it recommended that disciplinary proceedings be considered against a supervising sergeant who, according to the report, "failed to exercise adequate control" of the pursuit from the regional control room.

Coroner Dr Aoife Brannigan told the jury they had heard "a great deal of conflicting evidence" about the speeds involved.

In its narrative verdict, the jury found that Mr Fogarty died from multiple injuries sustained in a collision "during a pursuit which continued beyond the point at which the risk to life outweighed the need to apprehend".

Dr Brannigan extended her sympathies to the family and said she hoped the findings would be "of some comfort" to them.

Speaking afterwards, Mr Fogarty's mother, Michelle Fogarty, said her son had made "a stupid mistake" that night but had not deserved to die.

"Jason was 19. He was a kid. He had his whole life in front of him," she said.

"Nobody from An Garda Síochána has ever sat down with us and explained why that car kept following him. We are still waiting for answers and we will keep asking until we get them."

In a statement, An Garda Síochána said it "notes the verdict of the jury" and extended its condolences to the Fogarty family. It said its roads policing policy had been revised in 2022 and that all drivers of Garda vehicles now receive specific pursuit training before being permitted to take part in a pursuit.""",
        [
            ("still waiting for answers", "Michelle Fogarty"),
            ("still waiting for answers", "Michelle Fogarty"),
            ("keeping a safe distance", "Ciarán Duggan"),
            ("I could see he was", "Ciarán Duggan"),
            ("failed to exercise adequate control", "Garda Síochána Ombudsman Commission"),
            ("a great deal of conflicting", "Aoife Brannigan"),
            ("during a pursuit which continued", "jury"),
            ("of some comfort", "Aoife Brannigan"),
            ("a stupid mistake", "Michelle Fogarty"),
            ("Jason was 19. He was", "Michelle Fogarty"),
            ("Nobody from An Garda Síochána", "Michelle Fogarty"),
            ("notes the verdict of the", "An Garda Síochána"),
        ],
    ),
    (
        """Woman died after 999 call was wrongly graded by police, inquest hears

By Owain Pritchard

A woman who was found dead at her home in the Rhondda had called police in the hours before she died, an inquest has heard.

Carys Lloyd-Jenkins, 47, was discovered by a neighbour at her flat in Treorchy on the morning of November 9, 2023. A post-mortem examination found she died from a combination of alcohol and prescription medication.

The inquest at Pontypridd Coroner's Court heard that Ms Lloyd-Jenkins dialled 999 shortly after 11pm the previous night and told a South Wales Police call handler she "didn't feel safe" and had taken "too many tablets".

The call was graded as requiring a response within 24 hours rather than an emergency, and no officer attended before she was found.

The call handler, who gave evidence from behind a screen, said she had understood Ms Lloyd-Jenkins to be "upset but not in immediate danger".

"She was calm on the phone. She told me she had a friend coming over. I made the decision based on what I was told," she said.

Assistant coroner Gwenllian Price-Evans asked whether the handler had followed the force's risk assessment process, known as "THRIVE".

She replied: "Not fully, no. I should have asked more questions about the tablets."

Ms Lloyd-Jenkins' sister, Sian Morgan, told the inquest: "Carys had her struggles, but she was reaching out. She did the right thing by ringing the police and they let her down."

A review carried out by South Wales Police and read to the court found the call had been "incorrectly graded" and that a supervisor should have reviewed it before the end of the shift.

According to the review, the control room was handling more than 40 outstanding calls at the time, and two call handlers were off sick.

Recording a narrative conclusion, Ms Price-Evans said: "It is not possible for me to say, on the balance of probabilities, that an earlier police attendance would have prevented Carys's death. But it is clear that an opportunity was missed."

She said she would send a prevention of future deaths report to the chief constable.

Speaking after the hearing, Superintendent Rhodri Vaughan told reporters the force "fully accepted" that the call should have been handled differently.

"We have apologised to Carys's family and I repeat that apology today," he said. "Since this tragic incident, we have recruited additional staff into our public service centre and changed the way calls involving possible overdoses are assessed."

The Independent Office for Police Conduct said it had reviewed a referral from the force and decided the matter should be dealt with locally. The call handler received management action.""",
        [
            ("didn't feel safe", "Carys Lloyd-Jenkins"),
            ("too many tablets", "Carys Lloyd-Jenkins"),
            ("upset but not in immediate", "call handler"),
            ("She was calm on the", "call handler"),
            ("Not fully, no. I should", "call handler"),
            ("Carys had her struggles, but", "Sian Morgan"),
            ("incorrectly graded", "South Wales Police"),
            ("It is not possible for", "Gwenllian Price-Evans"),
            ("fully accepted", "Rhodri Vaughan"),
            ("We have apologised to Carys's", "Rhodri Vaughan"),
            ("Since this tragic incident, we", "Rhodri Vaughan"),
        ],
    ),
    (
        """Coroner criticises 30-hour delay in Garda response to missing woman report

Eoghan Hurley

A Cork coroner has said she is “deeply troubled” that gardaí took more than 30 hours to begin searching for a young woman who was later found dead in the River Lee.

Niamh Coughlan, aged 23, from Ballincollig, was reported missing by her flatmate at Anglesea Street Garda Station on the evening of January 14, 2024. Her body was recovered near Blackrock two days later.

At Cork City Coroner’s Court yesterday, the inquest heard that the report had been recorded on the Garda Pulse system as “low risk” despite her flatmate telling the garda on duty that Ms Coughlan had recently spoken about ending her life.

The flatmate, Róisín Kiely, said she had been “made to feel like I was overreacting”.

“I told them she wasn’t answering her phone, that she’d left her bag and her medication behind, and that she’d been in a very dark place,” Ms Kiely said. “The guard wrote it down and said they’d be in touch.”

Superintendent Declan Harrington told the inquest that the risk assessment “should have been higher” and that the report had not been reviewed by a sergeant at the end of the shift, as policy required.

“I want to say to Niamh’s family, and to Róisín, that we did not do what we should have done that night,” he said. “I am sorry.”

Supt Harrington said the garda who took the report, a probationer with less than a year’s service, had since been given advice and further training.

An investigation by the Garda Síochána Ombudsman Commission, which concluded last year, found that no criminal offence had been committed but identified what it called “systemic weaknesses” in the way missing person reports were handled at the station.

Assistant State Pathologist Dr Kieran Farrelly gave the cause of death as drowning.

Returning an open verdict, coroner Dr Fiona Lysaght said: “I cannot say whether Niamh would be alive today had the search begun sooner. Nobody can say that. But her family were entitled to expect that her disappearance would be treated with the seriousness it deserved, and it was not.

“I would urge An Garda Síochána to ensure that every member, however junior, understands that the assessment of risk is not a box-ticking exercise.”

Ms Coughlan’s father, Pádraig Coughlan, said outside the court that the family had found the evidence “very hard to listen to”.

“We don’t want anyone else to go through this,” he said. “Niamh was gentle and funny and she was loved, and she should have been looked for.”

In a statement last night, An Garda Síochána said the Cork City division had “fully implemented” the recommendations of the GSOC report, including mandatory supervisor review of all missing person reports within two hours.""",
        [
            ("deeply troubled", "Fiona Lysaght"),
            ("made to feel like I", "Róisín Kiely"),
            ("I told them she wasn’t", "Róisín Kiely"),
            ("The guard wrote it down", "Róisín Kiely"),
            ("should have been higher", "Declan Harrington"),
            ("I want to say to", "Declan Harrington"),
            ("I am sorry.", "Declan Harrington"),
            ("systemic weaknesses", "Garda Síochána Ombudsman Commission"),
            ("I cannot say whether Niamh", "Fiona Lysaght"),
            ("I would urge An Garda", "Fiona Lysaght"),
            ("very hard to listen to", "Pádraig Coughlan"),
            ("We don’t want anyone else", "Pádraig Coughlan"),
            ("Niamh was gentle and funny", "Pádraig Coughlan"),
            ("fully implemented", "An Garda Síochána"),
        ],
    ),
    (
        """West Yorkshire Police officers would have been sacked over 'vile' WhatsApp messages

By Tom Ackroyd
Crime Reporter

Two West Yorkshire Police officers who shared racist and misogynistic messages in a WhatsApp group would have been dismissed had they not already resigned, a misconduct hearing has ruled.

Former PCs Gary Sowerby and Lee Hinchcliffe, both previously based in Kirklees, posted dozens of offensive messages and images in the group, named "The A Team", between 2020 and 2022.

The messages came to light when a third member of the group, a special constable, reported them to the force's anti-corruption unit.

A hearing at the force's headquarters in Wakefield heard that Sowerby, 41, described a female colleague as "only good for making the brews" and referred to one area of Huddersfield as "a no-go zone for normal people".

Hinchcliffe, 36, replied to a post about a domestic abuse call with the message: "Probably deserved it tbh."

Neither former officer attended the hearing or was represented.

Panel chair Laura Beswick described the content as "vile" and found that both men had breached the standards of professional behaviour relating to equality and diversity, and discreditable conduct.

"These messages were not banter. They reveal attitudes towards women and minority communities that have no place in West Yorkshire Police or in any police force," she said.

"The public would be rightly appalled to learn that officers who held these views were responsible for protecting them."

Both men will be placed on the College of Policing's barred list, which prevents them from working in policing again.

Deputy Chief Constable Andrew Pickering said: "I want to thank the special constable who had the courage to come forward. That takes real integrity, and it is exactly what we expect of everyone who wears this uniform."

Fatima Hussain, chair of the Kirklees Independent Advisory Group, which advises the force on community relations, said the messages would "further damage trust" in parts of Huddersfield.

"People in Lockwood and Birkby already tell us they feel over-policed and under-protected," she said. "When they read something like this, it confirms their worst fears."

The investigation took almost two years to reach a hearing. A source within the force's professional standards department said the case had taken "far longer than it should have" because of the volume of material recovered from the officers' phones.

The Independent Office for Police Conduct said it had overseen the investigation but that the decision to hold the hearing rested with the force.""",
        [
            ("vile", "Laura Beswick"),
            ("only good for making the", "Gary Sowerby"),
            ("a no-go zone for normal", "Gary Sowerby"),
            ("Probably deserved it tbh.", "Lee Hinchcliffe"),
            ("vile", "Laura Beswick"),
            ("These messages were not banter.", "Laura Beswick"),
            ("The public would be rightly", "Laura Beswick"),
            ("I want to thank the", "Andrew Pickering"),
            ("further damage trust", "Fatima Hussain"),
            ("People in Lockwood and Birkby", "Fatima Hussain"),
            ("When they read something like", "Fatima Hussain"),
            ("far longer than it should", "source within the force's professional standards department"),
        ],
    ),
    (
        """Coroner's warning to Devon and Cornwall Police after woman killed by ex-partner

By Hannah Treloar

A coroner has warned Devon and Cornwall Police that more women could die unless it improves how officers respond to reports of stalking, following the inquest into the death of a Plymouth mother-of-two.

Kerry Ann Penhaligon, 38, was stabbed to death by her former partner, Dean Rowse, at her home in Stoke, Plymouth, in May 2023. Rowse, 44, was jailed for life with a minimum term of 26 years at Exeter Crown Court last year.

In a prevention of future deaths report published this week, the senior coroner for Plymouth, Torbay and South Devon, Alison Trebilcock, said she had "significant concerns" about the way the force handled five reports Ms Penhaligon made about Rowse in the eight weeks before her death.

The inquest, which concluded last month, heard that Ms Penhaligon told officers Rowse had been following her to work, sending her dozens of messages a day and waiting outside her children's school.

On one occasion, according to evidence heard at the inquest, an officer advised her to "block him and try to ignore it".

In the report, Mrs Trebilcock wrote: "Each report was treated as an isolated incident. No officer looked at the pattern of behaviour as a whole, and no one identified that this was stalking rather than harassment.

"I am not satisfied, on the evidence I heard, that the training officers now receive is sufficient to prevent this happening again."

She also noted that a risk assessment completed after the fourth report had been graded "standard", the lowest category, and was not reviewed by a supervisor.

Ms Penhaligon's cousin, Jade Pascoe, who has campaigned for changes in the law through the "Kerry's Voice" campaign, said the report was "the least she deserves".

"Kerry did everything she was told to do. She kept a diary, she saved the messages, she called 999. She was still let down," Ms Pascoe said.

Organisations that receive a prevention of future deaths report must respond within 56 days, setting out what action they plan to take.

Assistant Chief Constable Jim Colwill said in a statement: "We have accepted the coroner's findings in full and we are deeply sorry that we did not do more to protect Kerry.

"Since her death, every frontline officer has received enhanced training on stalking, and we have created a dedicated stalking and harassment unit covering Plymouth and Torbay."

A senior officer, who asked not to be named, said morale among response teams was low and that officers were "dealing with more domestic calls than ever with fewer people".

The Independent Office for Police Conduct previously investigated the conduct of four officers who dealt with Ms Penhaligon's reports. It found one had a case to answer for misconduct, and he was given a written warning.""",
        [
            ("significant concerns", "Alison Trebilcock"),
            ("block him and try to", "officer"),
            ("Each report was treated as", "Alison Trebilcock"),
            ("I am not satisfied, on", "Alison Trebilcock"),
            ("the least she deserves", "Jade Pascoe"),
            ("Kerry did everything she was", "Jade Pascoe"),
            ("We have accepted the coroner's", "Jim Colwill"),
            ("Since her death, every frontline", "Jim Colwill"),
            ("dealing with more domestic calls", "senior officer"),
        ],
    ),
    (
        """Man (52) died after being restrained by gardaí in Galway, inquest told

Ciara Mulkerrin

A man who stopped breathing after being restrained by gardaí outside a Galway city pub had a serious heart condition that "nobody could have known about", an inquest has heard.

Thomas "Tommy" Keaveney (52), a father of three from Knocknacarra, collapsed on Quay Street in the early hours of August 18th, 2023, after he was arrested following a disturbance. He was pronounced dead at University Hospital Galway a short time later.

The inquest at Galway Courthouse heard that two gardaí held Mr Keaveney face down on the ground for around three minutes while a third placed handcuffs on him.

Garda Shane Mac Donncha told coroner Eileen Halloran that Mr Keaveney had been "extremely agitated" and had struck a doorman before gardaí arrived.

"He was kicking out and we were trying to keep everyone safe, including him," he said. "As soon as the cuffs were on, we rolled him on to his side. That's what we're trained to do."

A witness, who was on a night out with friends, told the inquest she heard Mr Keaveney say "I can't get air" while he was on the ground.

Consultant pathologist Dr Liam Conneely said Mr Keaveney had an enlarged heart and significant narrowing of two coronary arteries, a condition that "nobody could have known about" without medical tests. He said the stress of the struggle and the restraint were likely to have triggered a fatal arrhythmia.

"I would not say the restraint caused his death on its own, but I cannot exclude it as a contributing factor," Dr Conneely said.

A report by the Garda Síochána Ombudsman Commission found the gardaí involved had acted "in line with their training" and recommended no disciplinary action.

The jury returned a verdict of death by misadventure.

Ms Halloran recommended that An Garda Síochána review its training on positional asphyxia. She said: "These are difficult situations and gardaí must make decisions very quickly. But the risks of holding someone face down are well known."

Speaking to reporters outside the courthouse, Mr Keaveney's daughter, Aoife Keaveney, said the family accepted the verdict but still had questions.

"Dad wasn't a saint, and we've never said he was. But he was a human being and he was saying he couldn't breathe," she said.

"We want to know why that wasn't taken more seriously, and we want to know that it won't happen to someone else's father."

The family's solicitor, Gerard Walsh, said they would be "considering their options" in the coming weeks.

A Garda statement said the organisation "respects the verdict of the jury" and would "give careful consideration" to the coroner's recommendations.""",
        [
            ("nobody could have known about", "Liam Conneely"),
            ("extremely agitated", "Shane Mac Donncha"),
            ("He was kicking out and", "Shane Mac Donncha"),
            ("As soon as the cuffs", "Shane Mac Donncha"),
            ("I can't get air", "Thomas Keaveney"),
            ("nobody could have known about", "Liam Conneely"),
            ("I would not say the", "Liam Conneely"),
            ("in line with their training", "Garda Síochána Ombudsman Commission"),
            ("These are difficult situations and", "Eileen Halloran"),
            ("Dad wasn't a saint, and", "Aoife Keaveney"),
            ("We want to know why", "Aoife Keaveney"),
            ("considering their options", "Gerard Walsh"),
            ("respects the verdict of the", "An Garda Síochána"),
            ("give careful consideration", "An Garda Síochána"),
        ],
    ),
]
