CASES = [
    (
        """Care worker who raised safety concerns wins £48,000 payout

By Helen Marsh, BBC News, East Midlands

A care worker who was dismissed weeks after reporting staff shortages at a Derbyshire nursing home has been awarded more than £48,000 by an employment tribunal.

Joanne Pritchard, 44, worked night shifts at Ashbrook Lodge in Ripley for six years before she was sacked in March 2023.

The tribunal in Nottingham found she had been unfairly dismissed for making protected disclosures about the number of staff on duty.

Mrs Pritchard said she was "relieved it is finally over" but added that she had lost "nearly two years of my life" fighting the case.

"I only ever wanted the residents to be safe," she told the BBC. "There were nights when two of us were looking after 38 people, some of them needing two carers to turn them."

The home's owner, Greenmere Care Group, had argued that Mrs Pritchard was dismissed for repeatedly failing to complete medication records.

But Employment Judge Alan Foskett said the company's explanation was "not credible" and that the paperwork issues had been "raised only after the claimant's emails to the regional manager".

In his written judgment, he said: "The tribunal is satisfied that the principal reason for the dismissal was that the claimant had made protected disclosures. The respondent's witnesses were, at times, evasive."

The tribunal heard that Mrs Pritchard had emailed managers on four occasions between November 2022 and January 2023, and had also contacted the county council's safeguarding team.

She was suspended in February and dismissed the following month after a disciplinary hearing chaired by the manager she had complained about.

A Greenmere Care Group spokeswoman said: "We are disappointed with the outcome and are considering the judgment carefully. The safety and wellbeing of our residents has always been our first priority."

She added that staffing levels at Ashbrook Lodge had "consistently met" the required ratios.

Mrs Pritchard's union, the Care and Support Workers' Union, said the case showed the risks faced by staff who speak out.

Regional organiser Dev Malhotra said: "Joanne did exactly what she was supposed to do. She raised concerns through the proper channels, and she lost her job for it. No care worker should have to choose between their income and the people they look after."

The award includes compensation for loss of earnings and injury to feelings.

Mrs Pritchard now works for an agency in Nottingham.""",
        [
            ("relieved it is finally over", "Joanne Pritchard"),
            ("nearly two years of my", "Joanne Pritchard"),
            ("I only ever wanted the", "Joanne Pritchard"),
            ("There were nights when two", "Joanne Pritchard"),
            ("not credible", "Alan Foskett"),
            ("raised only after the claimant's", "Alan Foskett"),
            ("The tribunal is satisfied that", "Alan Foskett"),
            ("We are disappointed with the", "spokeswoman"),
            ("consistently met", "spokeswoman"),
            ("Joanne did exactly what she", "Dev Malhotra"),
        ],
    ),
    (
        """Courier firm’s drivers are workers, not self-employed, tribunal rules

Rachel Okonjo Employment correspondent

Drivers for a parcel delivery company operating across the Midlands were wrongly classed as self-employed and are entitled to holiday pay and the minimum wage, an employment tribunal has ruled, in a decision that could affect more than 2,000 couriers.

At the tribunal in Birmingham, Employment Judge Catherine Lowe found that Swiftlane Logistics exercised such a degree of control over its drivers – setting routes, dictating uniforms and penalising late deliveries – that the contracts describing them as independent contractors did not “reflect the reality of the relationship”.

The claim was brought by 31 drivers backed by the Independent Couriers’ Alliance (ICA), a grassroots union.

Marcus Adeyemi, who delivered for Swiftlane from its Wednesbury depot for four years, said the ruling was “a long time coming”.

“We were told we were our own bosses, but we couldn’t choose our routes, we couldn’t swap a shift without permission and if we were ten minutes late we got fined,” he said. “That isn’t running your own business. That’s a job without any of the protections.”

In her judgment, Lowe said the company’s contractual right to send a substitute driver was “largely illusory”, noting that only three of the claimants had ever used it.

“The substitution clause appears to have been drafted with an eye to the employment status of the drivers rather than to any genuine commercial need,” she wrote.

Swiftlane, which is owned by the private equity-backed Harrowgate Holdings, said it would appeal.

A company spokesperson said: “We respectfully disagree with the tribunal’s conclusions. Our couriers value the flexibility of the self-employed model, and the overwhelming majority have told us they wish to keep it.”

The firm said it had offered drivers “market-leading rates” and that average earnings were above the national living wage.

Lawyers for the drivers said the ruling could open the way for claims worth several million pounds in back pay. Priya Sandhu, a partner at Castleford Reid, which represented the claimants, said: “This judgment is unambiguous. The company now has a choice: it can spend more money fighting its own drivers in the appeal courts, or it can sit down with them and put this right.”

The ICA’s general secretary, Tomasz Wiśniewski, said the union would write to Swiftlane this week demanding talks. “Every driver at every depot should be looking at this ruling,” he said.

The case is the latest in a string of challenges to the status of gig economy workers. Ministers have promised to consult on a single status of “worker” as part of wider employment reforms, but no timetable has been set.

One driver, who asked not to be named because he still works for the firm, said morale at the depot was low. “People are scared to talk about it in case they get fewer parcels,” he said.""",
        [
            ("reflect the reality of the", "Catherine Lowe"),
            ("a long time coming", "Marcus Adeyemi"),
            ("We were told we were", "Marcus Adeyemi"),
            ("That isn’t running your own", "Marcus Adeyemi"),
            ("largely illusory", "Catherine Lowe"),
            ("The substitution clause appears to", "Catherine Lowe"),
            ("We respectfully disagree with the", "spokesperson"),
            ("market-leading rates", "Swiftlane Logistics"),
            ("This judgment is unambiguous.", "Priya Sandhu"),
            ("Every driver at every depot", "Tomasz Wiśniewski"),
            ("People are scared to talk", "driver"),
        ],
    ),
    (
        """Engineering firm ordered to pay £67,000 after manager mocked employee's menopause symptoms

By Laura Keene

An engineering company must pay a former quality inspector more than £67,000 after an employment tribunal found she was harassed and discriminated against when a manager repeatedly joked about her menopause symptoms.

Sandra Holloway, who worked for Tyneside precision component manufacturer Kelburn Engineering for 11 years, brought claims of disability discrimination, harassment related to sex and constructive unfair dismissal.

The Newcastle employment tribunal heard that Holloway began experiencing hot flushes, anxiety and memory problems in 2021. She asked her line manager, production supervisor Gary Tulloch, whether she could have a desk fan and move to a workstation away from the heat-treatment ovens.

According to the judgment, Tulloch refused both requests and told colleagues in front of Holloway that she was "having one of her moments again". On another occasion he placed a bag of ice on her desk and said she "might need this".

Holloway told the tribunal that she felt "humiliated and worn down" and that she had begun to dread going into work. She resigned in October 2023 after a grievance she raised was not upheld.

Kelburn argued that Tulloch's comments were light-hearted, that Holloway had not objected to them at the time and that it had not known she was disabled.

Rejecting that argument, Employment Judge Fiona McAllister said: "The tribunal does not accept that the claimant's silence at the time amounted to acceptance. She was in a junior position to Mr Tulloch and gave clear evidence that she feared the consequences of complaining."

The judge added that by mid-2022 the respondent "knew, or could reasonably have been expected to know" that Holloway's symptoms amounted to a disability, given that she had been signed off work for five weeks with a note citing menopause-related anxiety.

The tribunal found that Kelburn had failed to make reasonable adjustments and that Tulloch's conduct amounted to harassment. Judge McAllister also described the handling of Holloway's grievance, which was investigated by a manager who reported to Tulloch, as a "fundamental breach" of the implied term of trust and confidence.

Holloway was awarded £67,412, including £22,000 for injury to feelings.

Commenting on the case, employment lawyer Nadia Fairbrother, of Leeds firm Pennock Lyle, said: "Employers should take note that menopause symptoms can amount to a disability where they have a substantial and long-term effect. Simple adjustments such as a fan or a change of workstation would have cost this employer very little."

She added that managers needed training: "Many of these cases come down to a single line manager who thinks it is acceptable to make jokes. Policies on paper are not enough."

A spokesperson for Kelburn Engineering said the company had "introduced a menopause policy and manager training" since Holloway's departure and would not be appealing.""",
        [
            ("having one of her moments", "Gary Tulloch"),
            ("might need this", "Gary Tulloch"),
            ("humiliated and worn down", "Sandra Holloway"),
            ("The tribunal does not accept", "Fiona McAllister"),
            ("knew, or could reasonably have", "Fiona McAllister"),
            ("fundamental breach", "Fiona McAllister"),
            ("Employers should take note that", "Nadia Fairbrother"),
            ("Many of these cases come", "Nadia Fairbrother"),
            ("introduced a menopause policy and", "spokesperson"),
        ],
    ),
    (
        """Sales manager, 61, who was called a ‘dinosaur’ by boss half his age wins £31,000 age discrimination payout

By TOM HARGREAVES FOR MAILONLINE

A veteran sales manager who was branded a ‘dinosaur’ by his 29-year-old boss and told he ‘didn’t get TikTok’ has won more than £31,000 after a tribunal ruled he was the victim of age discrimination.

Keith Mowbray, 61, had worked for office furniture supplier Brightdesk Interiors in Reading for almost 20 years when a new sales director, Jordan Pelling, was appointed in 2022.

The tribunal heard Mr Pelling regularly made remarks about Mr Mowbray’s age in team meetings, including asking whether he needed ‘help turning on the laptop’ and suggesting he should be ‘thinking about his pension rather than targets’.

Mr Mowbray, a father of three from Wokingham, was later placed on a performance improvement plan and dismissed in July 2023 for failing to meet sales figures that Employment Judge Robert Ainsley found had been set ‘unrealistically high’.

Giving evidence at the hearing in Reading, Mr Mowbray said: ‘I had been the top performer in the region for six of the previous eight years. Then suddenly I was being treated like a joke.

‘He would say things in front of younger staff and they would laugh. I started to feel like I didn’t belong there any more.’

Mr Pelling denied the comments were meant to cause offence and told the tribunal he had been trying to ‘modernise’ the sales team.

But in his ruling, Judge Ainsley said the remarks were ‘plainly related to age’ and had created a ‘degrading and humiliating environment’ for the claimant.

He said: ‘The tribunal found Mr Pelling to be an unsatisfactory witness. His account of the meetings was contradicted by the contemporaneous WhatsApp messages and by the evidence of two other members of the team.’

The judge also found that Mr Mowbray’s dismissal was unfair, as the company had failed to follow its own capability procedure.

One former colleague, who gave evidence on Mr Mowbray’s behalf, told the tribunal that Mr Pelling referred to older staff as ‘the dinosaurs’ in a group chat.

Mr Mowbray was awarded £31,260, made up of compensation for unfair dismissal and £12,000 for injury to feelings.

Speaking after the hearing, he said: ‘It was never about the money. I wanted them to admit that what happened to me was wrong.’

Brightdesk Interiors said in a statement: ‘We note the tribunal’s decision. Mr Pelling no longer works for the company and we have since reviewed our training for all managers.’""",
        [
            ("dinosaur", "Jordan Pelling"),
            ("dinosaur", "Jordan Pelling"),
            ("didn’t get TikTok", "Jordan Pelling"),
            ("help turning on the laptop", "Jordan Pelling"),
            ("thinking about his pension rather", "Jordan Pelling"),
            ("unrealistically high", "Robert Ainsley"),
            ("I had been the top", "Keith Mowbray"),
            ("He would say things in", "Keith Mowbray"),
            ("modernise", "Jordan Pelling"),
            ("plainly related to age", "Robert Ainsley"),
            ("degrading and humiliating environment", "Robert Ainsley"),
            ("The tribunal found Mr Pelling", "Robert Ainsley"),
            ("the dinosaurs", "Jordan Pelling"),
            ("It was never about the", "Keith Mowbray"),
            ("We note the tribunal’s decision.", "Brightdesk Interiors"),
        ],
    ),
    (
        """Bin man sacked over viral video of him dancing on back of lorry wins unfair dismissal claim

By Gareth Pryce

A bin man who was sacked after a video of him dancing on the back of a refuse lorry was shared thousands of times online has won his claim for unfair dismissal.

Rhys Beddoe, 37, from Llanfedw, was dismissed for gross misconduct by Glanrhyd County Borough Council in June 2023, a week after the 28-second clip appeared on Facebook.

The footage, filmed by a resident, showed Mr Beddoe dancing to music from a passing car while holding onto the rear step of the moving vehicle.

An employment tribunal in Cardiff heard from the lorry's driver, Huw Jenkins, that the vehicle was travelling at "no more than walking pace" on a cul-de-sac at the time.

The council argued the incident was a serious breach of health and safety rules and had brought the authority into disrepute after the video attracted hundreds of comments.

But Employment Judge Sian Rowlands ruled that the decision to dismiss was outside the range of reasonable responses open to an employer, pointing out that Mr Beddoe had a clean disciplinary record over 14 years.

She said: "There is no doubt that the claimant's conduct was foolish and that it carried a risk of injury. However, a final written warning and retraining would have been entirely appropriate. The respondent appears to have been more concerned with the publicity than with the conduct itself."

The judge also noted that other crew members had ridden on the rear step of vehicles without facing disciplinary action, and that the council had "no clear evidence" that the practice had been properly banned.

Mr Beddoe, who now works for a private waste firm in Swansea, said he was glad to have cleared his name.

Speaking after the ruling, he said: "I know it was daft. I've never said it wasn't. But I'd done that job for 14 years without a single complaint and they got rid of me over 28 seconds on Facebook.

"The lads on the rounds have been brilliant. A few of them came to the tribunal to back me up, and that meant the world."

His union representative, Carys Morgan of the Public Services Workers' Union, said the council had "panicked" when the video spread.

"Rhys was made an example of," she said. "Nobody is saying it was safe, but the punishment has to fit what happened."

A Glanrhyd County Borough Council spokesman said: "The council notes the tribunal's judgment. The safety of our staff and the public is our highest priority and we will be reflecting on the findings."

A hearing to decide Mr Beddoe's compensation will be held at a later date. He is not seeking reinstatement.""",
        [
            ("no more than walking pace", "Huw Jenkins"),
            ("There is no doubt that", "Sian Rowlands"),
            ("no clear evidence", "Sian Rowlands"),
            ("I know it was daft.", "Rhys Beddoe"),
            ("The lads on the rounds", "Rhys Beddoe"),
            ("panicked", "Carys Morgan"),
            ("Rhys was made an example", "Carys Morgan"),
            ("Nobody is saying it was", "Carys Morgan"),
            ("The council notes the tribunal's", "spokesman"),
        ],
    ),
    (
        """Fish factory workers win protective award after 120 jobs axed without warning

By Euan Strachan

More than 120 former workers at an Aberdeenshire fish processing plant are in line for up to 13 weeks' pay each after a tribunal ruled their employer failed to consult them before closing the site.

North Sea Fresh Ltd shut its Portcairn factory with a day's notice in February last year, telling staff at the end of a night shift that the business had run out of money.

An employment tribunal in Aberdeen has now found the company breached its legal duty to consult staff over collective redundancies and made the maximum protective award of 90 days' pay.

Because the firm has since gone into liquidation, the payments will be made by the Government's Redundancy Payments Service, subject to a statutory cap.

Former line supervisor Morag Duthie, who worked at the plant for 22 years, said the ruling brought "some kind of closure".

She said: "We went in that night thinking it was a normal shift. By six in the morning we were being told to hand in our overalls and go home. Nobody from the company has ever said sorry.

"There were husbands and wives both working there, whole families. The whole town felt it."

Employment Judge Graham Sutherland said in his written reasons that there had been "no attempt whatsoever" to consult with staff or their representatives.

He added: "The respondent did not engage with the tribunal proceedings and has offered no explanation for its failure. In those circumstances the tribunal sees no reason to reduce the award from the maximum."

The claim was brought on behalf of the workforce by the Food and Maritime Workers' Union. Its regional officer, Callum Rennie, said the closure had been "handled appallingly".

"These workers were treated with complete contempt," Mr Rennie said. "The law is clear that employers must consult, and this judgment shows that you cannot simply lock the gates and walk away."

He said the union was also urging ministers to increase the penalties for firms that ignored consultation rules.

Local councillor Brian Ewen, who represents Portcairn and District, said the closure had left "a hole in the heart of the community".

"Portcairn has lost its biggest employer and we are still seeing the effects in the shops and the school roll," he said.

A former director of North Sea Fresh could not be reached for comment. The liquidators, Aberdeen firm Gillanders Shaw, said in a statement that they were "aware of the tribunal's decision" and would be "working with the relevant agencies" to help former employees with their claims.""",
        [
            ("some kind of closure", "Morag Duthie"),
            ("We went in that night", "Morag Duthie"),
            ("There were husbands and wives", "Morag Duthie"),
            ("no attempt whatsoever", "Graham Sutherland"),
            ("The respondent did not engage", "Graham Sutherland"),
            ("handled appallingly", "Callum Rennie"),
            ("These workers were treated with", "Callum Rennie"),
            ("The law is clear that", "Callum Rennie"),
            ("a hole in the heart", "Brian Ewen"),
            ("Portcairn has lost its biggest", "Brian Ewen"),
            ("aware of the tribunal's decision", "Gillanders Shaw"),
            ("working with the relevant agencies", "Gillanders Shaw"),
        ],
    ),
    (
        """Banker who was told she lacked ‘killer instinct’ wins £1.2m payout

Fiona Hartley-Birch, Legal Correspondent

A senior investment banker who was told by her boss that she lacked the “killer instinct” needed for promotion has been awarded more than £1.2 million after a tribunal found she was paid less than male colleagues and then forced out.

Helena Marchetti, 46, a managing director in the leveraged finance team at Aldgate Partners, a City bank, was paid bonuses up to 40 per cent lower than those of two men in equivalent roles between 2019 and 2022, the Central London employment tribunal found.

Her manager, Simon Creed, who headed the team, told her in a 2021 appraisal that she was “a safe pair of hands” but did not have the “killer instinct” of her male peers, the tribunal heard.

Marchetti, who now works at a rival firm, told the tribunal that the comment was “devastating”. “I had brought in more revenue than either of them that year,” she said in a witness statement. “I could not understand what he was measuring me against, other than the fact that I was a woman.”

The tribunal heard that after she raised a grievance about her pay in early 2022, she was removed from two major client accounts and excluded from a strategy away day in Portugal. Colleagues referred to the group that attended as “the A-team”, the tribunal was told.

She resigned in September 2022 and claimed constructive dismissal, equal pay and victimisation.

In a 94-page judgment, Employment Judge Margaret Osei said that Creed’s evidence had been “at times wholly unconvincing” and that the bank had failed to provide any “coherent, gender-neutral explanation” for the difference in pay.

“We find that the claimant’s exclusion from client work and from the away day was a direct response to her grievance,” the judge wrote. “It was, in our judgment, a clear act of victimisation.”

Aldgate Partners said it was “disappointed” by the decision and was considering an appeal. A spokeswoman added: “We are committed to fairness in pay and to building a diverse and inclusive culture. We do not recognise the picture painted of our leveraged finance business.”

The bank’s most recent gender pay gap report, “Closing the Gap”, published in April, showed a median bonus gap of 48 per cent.

Creed left the bank last year. He did not respond to a request for comment.

Oliver Brandreth, a partner at the law firm Whitcombe Lane, said: “This is a reminder that bonus decisions, however discretionary they are said to be, must be capable of objective justification. Tribunals will not accept vague talk of ‘instinct’ or ‘hunger’ as an answer.”

Marchetti said in a statement released through her lawyers: “I brought this case because I believed I had been treated unfairly, and the tribunal has agreed. I hope it encourages other women in the industry to ask questions about what they are paid.”

The award comprises lost earnings, unpaid bonus differentials and £45,000 for injury to feelings.""",
        [
            ("killer instinct", "Simon Creed"),
            ("killer instinct", "Simon Creed"),
            ("a safe pair of hands", "Simon Creed"),
            ("killer instinct", "Simon Creed"),
            ("devastating", "Helena Marchetti"),
            ("I had brought in more", "Helena Marchetti"),
            ("I could not understand what", "Helena Marchetti"),
            ("at times wholly unconvincing", "Margaret Osei"),
            ("coherent, gender-neutral explanation", "Margaret Osei"),
            ("We find that the claimant’s", "Margaret Osei"),
            ("It was, in our judgment,", "Margaret Osei"),
            ("disappointed", "Aldgate Partners"),
            ("We are committed to fairness", "spokeswoman"),
            ("This is a reminder that", "Oliver Brandreth"),
            ("I brought this case because", "Helena Marchetti"),
        ],
    ),
    (
        """Contractor faces strike threat after tribunal backs sacked safety rep

By Daniel Corrigan | 14 March 2024

A regional contractor is facing the prospect of walkouts on three of its sites after an employment tribunal ruled that it sacked a union safety representative because of his trade union activities.

Steelfixer Liam Cassidy was dismissed by Hartwell Brooke Construction in November 2022, two weeks after he raised concerns about scaffolding on a hospital extension project in Preston.

The Manchester tribunal found that the principal reason for his dismissal was his role as an elected safety representative for the Building and Allied Trades Union (BATU), making the dismissal automatically unfair.

Hartwell Brooke had told the tribunal that Cassidy was let go as part of a planned reduction in the workforce as the project moved towards completion.

However, Employment Judge Peter Whitlam said there was "no documentary evidence whatsoever" of any such plan before Cassidy raised his concerns. He noted that four new steelfixers were taken on through an agency in the weeks after the dismissal.

"The timing speaks for itself," the judge said. "The tribunal is in no doubt that the claimant was selected because he had become, in the eyes of site management, a nuisance."

According to evidence heard at the hearing, the site manager, Craig Donnelly, had described Cassidy in a text message to a colleague as "a troublemaker who needs to go before he shuts the job down".

BATU said it would now ballot members on Hartwell Brooke sites in Preston, Blackburn and Lancaster for industrial action unless the firm reinstated Cassidy and agreed to recognise union safety reps across its projects.

BATU regional secretary Anne-Marie Keogh: "This judgment exposes exactly what our members have been telling us for years. Raise a safety issue on a Hartwell Brooke job and you are out of the gate. That ends now."

She added that the union had written to the firm's chief executive, Richard Hale, seeking an urgent meeting.

Cassidy, who has been unable to find permanent work since his dismissal, said he had been "blacklisted in all but name".

"I've been in the trade 25 years," he said. "I've never had a disciplinary. All I did was what the law says a safety rep should do."

A Hartwell Brooke spokesman said: "We are reviewing the tribunal's judgment with our legal advisers. We take our health and safety responsibilities extremely seriously and we have a strong record on site safety."

The company did not comment on the threat of industrial action.

One subcontractor working on the Preston project, who did not want to be named, said tensions on site had been high since the ruling. "Everybody knows what went on," he said. "There's a lot of lads who won't speak up now because of it."

A remedy hearing is due to take place in May, at which Cassidy is expected to seek reinstatement.""",
        [
            ("no documentary evidence whatsoever", "Peter Whitlam"),
            ("The timing speaks for itself,", "Peter Whitlam"),
            ("The tribunal is in no", "Peter Whitlam"),
            ("a troublemaker who needs to", "Craig Donnelly"),
            ("This judgment exposes exactly what", "Anne-Marie Keogh"),
            ("blacklisted in all but name", "Liam Cassidy"),
            ("I've been in the trade", "Liam Cassidy"),
            ("I've never had a disciplinary.", "Liam Cassidy"),
            ("We are reviewing the tribunal's", "spokesman"),
            ("Everybody knows what went on,", "subcontractor working on the Preston project"),
            ("There's a lot of lads", "subcontractor working on the Preston project"),
        ],
    ),
]
