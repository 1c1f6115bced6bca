CASES = [
    (
        """Police: Man shot outside Eastgate convenience store, suspect in custody

By Danielle Ruiz

MILLBROOK, Ohio (WMKT) — A 34-year-old man is in critical condition after he was shot outside a convenience store on the city's east side late Tuesday, and a suspect was arrested hours later, Millbrook police said.

Officers were called to the Quik Stop on Eastgate Avenue around 11:40 p.m. for reports of shots fired, according to Millbrook Police Chief Raymond Okafor. They found the victim in the parking lot with at least two gunshot wounds to the torso.

"Our officers arrived within three minutes of that first 911 call and immediately started life-saving measures," Okafor said during a briefing Wednesday morning. "I want to commend them for that, because I believe it's the reason this man is still alive."

The victim was taken to St. Anne's Regional Medical Center, where he underwent surgery. Police have not released his name.

Investigators identified the suspect as 27-year-old Tremaine Lockhart of Millbrook. He was arrested around 3 a.m. at a home on Pruitt Street, about a mile from the scene, without incident, the chief said.

Okafor said the two men knew each other and that the shooting appeared to stem from "an ongoing dispute over money." He said there was no threat to the public.

Lockhart is being held in the Greene Valley County Jail on charges of felonious assault and having weapons while under disability, according to jail records. He is expected to appear in Millbrook Municipal Court on Thursday.

Store employee Anita Perkins told WMKT she was stocking coolers when she heard the shots.

"It was like pop, pop, pop, and then everybody just hit the floor," Perkins said. "I've worked here six years. We've had shoplifting, we've had fights, but never anything like this."

Neighbors said the intersection has become a concern. Darnell Hughes, who lives two blocks away, said he has called the city several times about people loitering in the parking lot overnight.

"Something's got to change over there," he said. "It's not the store's fault, but people hang out all night and nobody does anything about it."

Okafor said the department has increased patrols in the area since the spring and will continue to do so.

Anyone with information is asked to call Millbrook police detectives at 937-555-0182 or Crime Stoppers at 937-555-0140. Tipsters can remain anonymous.""",
        [
            ("Our officers arrived within three", "Raymond Okafor"),
            ("I want to commend them", "Raymond Okafor"),
            ("an ongoing dispute over money.", "Raymond Okafor"),
            ("It was like pop, pop,", "Anita Perkins"),
            ("I've worked here six years.", "Anita Perkins"),
            ("Something's got to change over", "Darnell Hughes"),
            ("It's not the store's fault,", "Darnell Hughes"),
        ],
    ),
    (
        """Woman accused in deadly wrong-way crash on I-70 pleads not guilty

By Marcus Feld, KTVM 8 News

LINDEN COUNTY, Mo. (KTVM) — A 29-year-old Fulton woman accused of driving the wrong way on Interstate 70 and causing a crash that killed a father of two pleaded not guilty Monday to charges of involuntary manslaughter and driving while intoxicated.

Kelsey Marie Dunaway appeared in Linden County Circuit Court by video from the county jail, where she has been held since the Feb. 22 crash. Her attorney, public defender Alan Whitcomb, entered the plea on her behalf.

Prosecutors say Dunaway’s blood alcohol content was 0.19 percent, more than twice the legal limit, when her SUV struck a pickup truck driven by 41-year-old Jason Pruett of Harrisburg near mile marker 121. Pruett died at the scene.

During the hearing, Assistant Prosecuting Attorney Lauren Beck asked Judge Harold Simms to keep Dunaway’s bond at $250,000 cash-only, calling her “a danger to the community” and noting two prior arrests for driving while intoxicated in neighboring Callaway County.

“This was not a momentary lapse in judgment,” Beck told the court. “The defendant had been warned, twice, about exactly this behavior.”

Whitcomb argued for a reduced bond, saying Dunaway has lived in the area her entire life, has a young daughter and has “no intention of going anywhere.” He said she had enrolled in an alcohol treatment program before the crash.

Simms declined to lower the bond but agreed to revisit the issue at a hearing next month.

Pruett’s family filled two rows of the courtroom. Outside the courthouse, his sister, Brandi Pruett-Lane, said the family wants to see Dunaway held accountable.

“Jason was on his way home from a night shift. He did everything right,” she said. “His boys are 8 and 11. They’re going to grow up without their dad because somebody decided to get behind the wheel drunk.”

She added that the family plans to attend every hearing.

“We’re not going away,” she said.

According to a probable cause statement filed by the Missouri State Highway Patrol, troopers received several 911 calls about a vehicle traveling east in the westbound lanes minutes before the crash. One caller told dispatchers the SUV was “weaving and flashing its lights,” the statement said.

Dunaway was treated for injuries at University Hospital and was released into custody two days later, the patrol said.

Her next court date is set for April 9.""",
        [
            ("a danger to the community", "Lauren Beck"),
            ("This was not a momentary", "Lauren Beck"),
            ("The defendant had been warned,", "Lauren Beck"),
            ("no intention of going anywhere.", "Alan Whitcomb"),
            ("Jason was on his way", "Brandi Pruett-Lane"),
            ("His boys are 8 and", "Brandi Pruett-Lane"),
            ("We’re not going away,", "Brandi Pruett-Lane"),
            ("weaving and flashing its lights,", "caller"),
        ],
    ),
    (
        """'Significant blow': Task force seizes 40,000 fentanyl pills in Kettle County raids

KETTLE COUNTY, Wash. (KXRV) — Nine people were arrested and more than 40,000 counterfeit pills believed to contain fentanyl were seized during a series of raids across Kettle County this week, Sheriff Dana Morrow announced Friday.

The raids, carried out early Wednesday at homes in Ashford, Pine Hollow and unincorporated Kettle County, were the result of a seven-month investigation by the Kettle Regional Narcotics Task Force, which includes sheriff's deputies, Ashford police officers and agents with the Drug Enforcement Administration.

"This is a significant blow to a network that we believe has been responsible for a large share of the fentanyl coming into our communities," Morrow said at a news conference at the sheriff's office. "These pills are killing our kids. They're killing our neighbors. And we are not going to stop."

Investigators also seized about 3 pounds of methamphetamine, $68,000 in cash and 11 firearms, including two rifles that had been reported stolen, according to the sheriff's office.

Morrow said the network's suspected leader, 38-year-old Victor Salas-Ortega of Ashford, had been getting the pills from suppliers in the Seattle area and distributing them through lower-level dealers in three counties. He was booked into the Kettle County Jail on suspicion of possession with intent to deliver and leading organized crime.

The sheriff displayed several of the pills, which are pressed to resemble 30-milligram oxycodone tablets. She said they are often sold on the street as "blues" or "M30s" and can be nearly impossible to tell apart from legitimate medication.

"You cannot trust anything that doesn't come from a pharmacy," she said. "Not one pill."

Kettle County recorded 47 overdose deaths last year, 39 of which involved fentanyl, according to the county health district.

Kettle County Prosecuting Attorney Glen Whitaker said in a written statement that his office would seek the "maximum appropriate sentences" for those charged.

"Every pill taken off the street is a life potentially saved," the statement said.

Ashford Police Chief Tom Reyes credited residents who reported suspicious activity in their neighborhoods.

"A lot of this started with phone calls from people who noticed things that didn't look right on their street," Reyes said. "That matters. Those calls matter."

A DEA spokeswoman said the agency was "evaluating the case" for possible federal charges but declined to comment further.

All nine suspects are expected to make their first court appearances Monday in Kettle County Superior Court.""",
        [
            ("Significant blow", "Dana Morrow"),
            ("This is a significant blow", "Dana Morrow"),
            ("These pills are killing our", "Dana Morrow"),
            ("You cannot trust anything that", "Dana Morrow"),
            ("Not one pill.", "Dana Morrow"),
            ("maximum appropriate sentences", "Glen Whitaker"),
            ("Every pill taken off the", "Glen Whitaker"),
            ("A lot of this started", "Tom Reyes"),
            ("That matters. Those calls matter.", "Tom Reyes"),
            ("evaluating the case", "spokeswoman"),
        ],
    ),
    (
        """Former school district finance director sentenced to 6 years for embezzling $1.2M

By Whitney Calloway, WRLQ

DUNMORE, N.C. (WRLQ) — A former finance director for Halstead County Schools was sentenced Thursday to six years in federal prison for stealing more than $1.2 million from the district over nearly five years.

Gregory Allen Fitch, 56, of Dunmore, pleaded guilty in October to wire fraud and aggravated identity theft. U.S. District Judge Miriam Castellanos also ordered him to pay full restitution.

According to court documents, Fitch created two fake vendor accounts in the district's payment system and approved invoices for supplies and consulting services that were never provided. The money was deposited into accounts Fitch controlled and used to pay for a lake house, two boats and the mortgage on his primary residence, prosecutors said.

The scheme came to light in 2022 when a newly hired accounts payable clerk noticed that one of the vendors shared a mailing address with a district employee, according to the indictment.

Before the sentence was handed down, Fitch stood and apologized to the court and to the district's employees.

"I betrayed the trust of people who I worked alongside for 20 years, and I betrayed the children of this county," he said, his voice breaking. "There is no excuse for what I did. I'm ashamed."

Castellanos said she had taken into account Fitch's lack of criminal history and his cooperation with investigators but that the scale of the theft demanded a significant sentence.

"This was not one bad decision," the judge said. "This was hundreds of decisions, made month after month, by someone who knew exactly where that money was supposed to go."

Halstead County Schools Superintendent Dr. Angela Brightwell said the district has since overhauled its financial controls, including requiring two-person approval of all new vendors.

"Our students and staff deserved better," Brightwell said in a statement. "We have worked hard to make sure something like this cannot happen again, and we are grateful to federal investigators for their work."

Former teachers who attended the hearing said the stolen money could have made a real difference in classrooms. Carla Jennings, who taught fourth grade at Dunmore Elementary for 31 years before retiring in 2023, said teachers routinely paid for supplies out of their own pockets while the thefts were happening.

"We were buying our own paper. We were buying tissues," Jennings said. "And he was buying boats."

U.S. Attorney Nathan Greer said the case should serve as a warning to public employees.

"Money set aside for schoolchildren is not a personal bank account," Greer said in a news release. "Those who treat it like one will be found and prosecuted."

Fitch was allowed to remain free until he reports to federal prison. A date has not yet been set.""",
        [
            ("I betrayed the trust of", "Gregory Allen Fitch"),
            ("There is no excuse for", "Gregory Allen Fitch"),
            ("This was not one bad", "Miriam Castellanos"),
            ("This was hundreds of decisions,", "Miriam Castellanos"),
            ("Our students and staff deserved", "Angela Brightwell"),
            ("We have worked hard to", "Angela Brightwell"),
            ("We were buying our own", "Carla Jennings"),
            ("And he was buying boats.", "Carla Jennings"),
            ("Money set aside for schoolchildren", "Nathan Greer"),
            ("Those who treat it like", "Nathan Greer"),
        ],
    ),
    (
        """Family demands release of bodycam video after Brazos Falls officer shoots man during traffic stop

BRAZOS FALLS, Texas (KBFT) — The family of a 23-year-old man shot by a Brazos Falls police officer during a traffic stop over the weekend is calling on the city to release body camera footage of the encounter.

Andre Villanueva was shot once in the shoulder Saturday night after an officer pulled him over on South Loop 14 for an expired registration, according to police. He was treated at Brazos Falls Memorial Hospital and released Monday.

In a statement released Sunday, the Brazos Falls Police Department said Villanueva "made a sudden movement toward the center console" after being asked to step out of the vehicle and that the officer "feared for his safety." The department said a handgun was recovered from the car.

Villanueva's family disputes that account.

"My son had his hands up. He told me that himself from his hospital bed," his mother, Rosa Villanueva, said at a news conference outside City Hall on Tuesday. "If the police have nothing to hide, show us the video."

The family's attorney, Marcus Oyelaran, said the handgun was legally owned and was stored in the glove compartment, not the console.

"They want you to hear the word 'gun' and stop asking questions," Oyelaran said. "We're asking questions."

A law enforcement source familiar with the investigation told KBFT that the officer involved has been with the department for about four years and has been placed on paid administrative leave, which is standard procedure. The source, who was not authorized to speak publicly, said the footage is "not as clear-cut as either side is making it sound."

Police Chief Linda Haskins told reporters Tuesday afternoon that the Texas Rangers had been asked to conduct an independent investigation and that the department would release the footage once investigators gave the go-ahead.

"I understand the community wants answers. I want answers too," Haskins said. "But I'm not going to do anything that compromises the integrity of this investigation."

She did not give a timeline for the release.

The Brazos Falls Police Officers Association said in a statement that the officer "followed his training" and urged the public not to rush to judgment.

Villanueva has been charged with unlawful carrying of a weapon, a misdemeanor, according to Pecan County jail records. Oyelaran called the charge "a distraction."

City Council member Theresa Guidry, whose district includes the stretch of road where the shooting happened, said she would push for a policy requiring footage from police shootings to be released within 30 days.

"Other cities do it. There's no reason we can't," Guidry said.""",
        [
            ("made a sudden movement toward", "Brazos Falls Police Department"),
            ("feared for his safety.", "Brazos Falls Police Department"),
            ("My son had his hands", "Rosa Villanueva"),
            ("If the police have nothing", "Rosa Villanueva"),
            ("They want you to hear", "Marcus Oyelaran"),
            ("We're asking questions.", "Marcus Oyelaran"),
            ("not as clear-cut as either", "law enforcement source familiar with the investigation"),
            ("I understand the community wants", "Linda Haskins"),
            ("But I'm not going to", "Linda Haskins"),
            ("followed his training", "Brazos Falls Police Officers Association"),
            ("a distraction.", "Marcus Oyelaran"),
            ("Other cities do it. There's", "Theresa Guidry"),
        ],
    ),
    (
        """Sheriff: Grandson charged in deaths of Tallis County couple

By Jordan Pike

TALLIS COUNTY, Ga. (WSGA) — The grandson of an elderly couple found dead inside their home near Pelham Crossing last week has been charged with two counts of murder, Tallis County Sheriff Curtis Banks announced Monday.

Dylan Wayne Royce, 24, was arrested Saturday in Dothan, Alabama, after a traffic stop, the sheriff said. He is awaiting extradition to Georgia.

Harold and June Royce, both 78, were found dead Thursday afternoon by a neighbor who went to check on them after they missed a standing Wednesday night church supper.

At a news conference, Banks read a prepared statement describing what investigators believe happened.

"On the night of Tuesday, March 4, we believe the suspect went to his grandparents' home on Old Mill Road and asked them for money. When they refused, an argument followed.

"Evidence recovered at the scene indicates that both victims were struck multiple times with a blunt object. The suspect then took Mr. Royce's truck, a debit card and a quantity of cash and left the area.

"This is one of the most heartbreaking cases I have seen in 26 years of law enforcement."

Banks said the couple's truck was spotted by a license plate reader camera in Houston County, Alabama, on Friday, which led investigators to Royce.

Asked whether Royce had a history of problems with his grandparents, Banks said deputies had responded to the home once before, in 2023, for what he called "a verbal argument between family members," but no charges were filed at the time.

Royce has prior arrests in Tallis and Ember counties for theft and drug possession, according to jail records.

The neighbor who found the couple, who asked that her name not be used, told WSGA the Royces were "the kind of people who would give you the shirt off their back."

"They helped raise that boy," she said. "That's what I can't get over."

Wendell Ashby, pastor of Pelham Crossing First Baptist Church, said the congregation was struggling with the news.

"June taught Sunday school here for more than 40 years. Harold fixed every leaky faucet in this building," Ashby said. "We're grieving, and we're angry, and we're praying. All of those things at once."

A joint funeral service is planned for Saturday at the church, according to the couple's obituary.

The Georgia Bureau of Investigation is assisting with the case. Banks said additional charges are possible.""",
        [
            ("On the night of Tuesday,", "Curtis Banks"),
            ("Evidence recovered at the scene", "Curtis Banks"),
            ("This is one of the", "Curtis Banks"),
            ("a verbal argument between family", "Curtis Banks"),
            ("the kind of people who", "neighbor who found the couple"),
            ("They helped raise that boy,", "neighbor who found the couple"),
            ("That's what I can't get", "neighbor who found the couple"),
            ("June taught Sunday school here", "Wendell Ashby"),
            ("We're grieving, and we're angry,", "Wendell Ashby"),
        ],
    ),
    (
        """Teen charged after threat prompted lockdown at Lake Orrin High School makes first court appearance

LAKE ORRIN, Minn. (KNMN) — An 18-year-old student accused of posting a threat that led to a lockdown at Lake Orrin High School made his first court appearance Wednesday, where a judge set his bail at $20,000.

Isaac Lund, of Lake Orrin, is charged with one count of threats of violence, a felony, according to a criminal complaint filed in Wickam County District Court.

The complaint says Lund posted a message on Snapchat late Sunday that read: "Nobody show up to LOHS tomorrow. I'm serious." The post included a photo of what appeared to be a rifle.

Several students reported the post to the school's anonymous tip line and to their parents, and the district placed the school on lockdown shortly after classes began Monday while police investigated. Lund was taken into custody at his home around 9:15 a.m., police said.

At a briefing Monday afternoon, Police Chief Marissa Kettleson put it bluntly: "We treat every one of these as real until we know it isn't. We don't have the luxury of assuming it's a joke."

Officers later determined that the rifle in the photo was an airsoft replica, Kettleson said. No weapons were found at the school.

During Wednesday's hearing, assistant Wickam County attorney Beth Haugen asked that bail be set at $50,000, arguing that the post "caused real terror for hundreds of students and their families."

Lund's attorney, Peter Solberg, said his client had no criminal record and described the post as "a stupid, immature joke that he deeply regrets."

"He's a kid who made a terrible decision in about 10 seconds," Solberg told reporters after the hearing. "That doesn't make him dangerous."

Judge Carl Engstrom set bail at $20,000 with conditions, including that Lund have no access to social media and not come within 500 feet of any school.

In a message to families Wednesday, Lake Orrin Public Schools said Lund would not return to the high school "pending the outcome of the district's disciplinary process." The district said counselors would be available at the school through the end of the week.

"We are proud of the students who spoke up," the message said. "They did exactly what we have asked them to do."

Parent Jenny Akerson, whose daughter is a junior, said the lockdown was terrifying.

"She texted me from a closet in the chemistry room," Akerson said. "For 40 minutes I didn't know anything. I just sat in my car in the parking lot."

Lund's next court appearance is scheduled for April 2.""",
        [
            ("Nobody show up to LOHS", "Isaac Lund"),
            ("We treat every one of", "Marissa Kettleson"),
            ("caused real terror for hundreds", "Beth Haugen"),
            ("a stupid, immature joke that", "Peter Solberg"),
            ("He's a kid who made", "Peter Solberg"),
            ("That doesn't make him dangerous.", "Peter Solberg"),
            ("pending the outcome of the", "Lake Orrin Public Schools"),
            ("We are proud of the", "Lake Orrin Public Schools"),
            ("They did exactly what we", "Lake Orrin Public Schools"),
            ("She texted me from a", "Jenny Akerson"),
            ("For 40 minutes I didn't", "Jenny Akerson"),
        ],
    ),
    (
        """Police arrest 3 in string of carjackings targeting delivery drivers

RIDLEY HOLLOW, Pa. (WDLV) — Three people, including two teenagers, have been arrested in connection with at least five carjackings of delivery drivers in Ridley Hollow and neighboring Esterbrook Township over the past month, police announced Thursday.

The suspects, ages 16, 17 and 19, were taken into custody Wednesday night after a brief foot chase near the Brightwater Apartments, Ridley Hollow Police Capt. Frank DiLorenzo told reporters. Only the 19-year-old, Jalen Moss of Esterbrook Township, was identified. Prosecutors are reviewing whether to charge the two younger suspects as adults, DiLorenzo said.

Police said the group targeted drivers who left their vans running while making deliveries, in at least two cases displaying a handgun.

“These drivers are out there doing their jobs, and these individuals saw them as easy targets,” DiLorenzo said. “Well, they weren’t as easy as they thought.”

Investigators linked the suspects to the carjackings through surveillance video, cellphone records and a stolen package scanner that was tracked to an apartment on Tilden Street, according to a criminal complaint.

Four of the five vans were later found abandoned, several of them stripped of packages. One driver suffered minor injuries when he was pushed to the ground, police said.

Three of the vans belonged to delivery service partners contracted by Swiftline Logistics. The company said in a statement that it was “grateful to the Ridley Hollow Police Department” and was cooperating fully with investigators.

“The safety of the drivers who deliver for us is our top priority,” the company said. “We have provided additional safety training and resources to partners operating in the area.”

One driver who was carjacked on Feb. 27, and who spoke to WDLV on the condition that he not be identified because he feared retaliation, said he has not been back on the route since.

“I keep thinking about the gun,” he said. “It was right there, like a foot from my face. You don’t forget that.”

Moss is charged with robbery, robbery of a motor vehicle, conspiracy and related offenses. He was arraigned early Thursday and is being held at the Tolland County Prison on $500,000 bail, court records show. It was not immediately clear whether he had an attorney who could comment on his behalf.

Esterbrook Township Police Chief Samantha Reilly said the arrests should bring some relief to drivers, but she urged them to keep taking precautions.

“Turn the vehicle off. Take the keys with you. Every time,” Reilly said. “It only takes a few seconds.”

Anyone with information about the carjackings is asked to call Ridley Hollow police at 610-555-0119.""",
        [
            ("These drivers are out there", "Frank DiLorenzo"),
            ("Well, they weren’t as easy", "Frank DiLorenzo"),
            ("grateful to the Ridley Hollow", "Swiftline Logistics"),
            ("The safety of the drivers", "Swiftline Logistics"),
            ("We have provided additional safety", "Swiftline Logistics"),
            ("I keep thinking about the", "driver who was carjacked on Feb. 27"),
            ("It was right there, like", "driver who was carjacked on Feb. 27"),
            ("Turn the vehicle off. Take", "Samantha Reilly"),
            ("It only takes a few", "Samantha Reilly"),
        ],
    ),
]
