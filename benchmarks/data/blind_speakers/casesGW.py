CASES = [
    (
        """Iowa Senate passes property tax cap after late-night debate

DES MOINES, Iowa (AP) — The Iowa Senate voted 31-18 early Thursday to cap annual increases in local property tax collections at 2%, sending the measure to Gov. Linda Harwick after more than six hours of debate.

Senate Majority Leader Carl Brandvold, a Republican from Spencer, said the bill would give homeowners "some certainty about what they're going to owe" after years of rising assessments.

"People in my district are opening their assessment letters and seeing 20, 30% jumps," Brandvold said on the Senate floor. "They can't budget for that. Their city councils can."

Democrats argued the cap would squeeze fire departments, libraries and rural ambulance services that are already struggling to keep staff.

"You are going to be hearing from your sheriffs, and you are going to be hearing from your volunteer fire chiefs," said Sen. Rosa Echeverria, D-Waterloo. "This is not tax relief. This is a cut with a nicer name."

The Iowa League of Cities, which lobbied against the bill, said in a statement that it would "force impossible choices on communities that have already trimmed to the bone."

Harwick, a Republican, has said she supports the concept. Her spokesman, Tom Kettering, told reporters Thursday morning that the governor would review the final language but was "very encouraged" by the vote.

The House passed a similar version last month, 58-40. A legislative fiscal analysis estimated the cap would reduce local revenue growth by about $140 million over three years.

Some Republicans broke with leadership. Sen. Dale Nuebauer of Carroll, one of three GOP senators to vote no, said he worried about rural counties with aging bridges and a shrinking tax base.

"I've got a county that's replacing bridges built in 1940," he said. "I don't want to be the one who tells them to wait another decade."

The bill includes an exemption for voter-approved bond issues and allows cities to exceed the cap by referendum.

Brandvold said that provision answered the critics. "If a community wants to spend more, it can ask its voters," he said. "That's how it should work."

The measure would take effect July 1 of next year if signed.""",
        [
            ("some certainty about what", "Carl Brandvold"),
            ("People in my district are", "Carl Brandvold"),
            ("They can't budget for that.", "Carl Brandvold"),
            ("You are going to be", "Rosa Echeverria"),
            ("This is not tax relief.", "Rosa Echeverria"),
            ("force impossible choices on communities", "Iowa League of Cities"),
            ("very encouraged", "Tom Kettering"),
            ("I've got a county that's", "Dale Nuebauer"),
            ("I don't want to be", "Dale Nuebauer"),
            ("If a community wants to", "Carl Brandvold"),
            ("That's how it should work.", "Carl Brandvold"),
        ],
    ),
    (
        """Supermajority tax amendment heads to April ballot after Assembly vote

By Megan Hollister
State Journal

Wisconsin voters will decide in April whether to require a two-thirds vote of the Legislature to raise the state sales or income tax, after the Assembly gave the proposed constitutional amendment final approval Tuesday on a party-line 54-44 vote.

Because the amendment passed two consecutive legislative sessions, it goes directly to voters and bypasses Gov. Marcus Oyelaran, a Democrat who has called it “a straitjacket dressed up as a safeguard.”

Rep. Jennifer Stoltz, R-Oconomowoc, the amendment’s lead author, said the change would protect taxpayers from “whichever party happens to be in charge in a bad year.”

“Raising taxes should be hard,” Stoltz said during floor debate. “It should require the kind of consensus that tells you the public is actually behind it.”

Opponents said the measure would lock in the current tax structure and make it nearly impossible to respond to a recession or a natural disaster.

Rep. Andre Whitfield, D-Milwaukee, noted that the same threshold would not apply to tax cuts.

“So you can cut with 50 votes, but you need 66 to fix what you broke,” Whitfield said. “That is not fiscal discipline. That is a one-way ratchet.”

Oyelaran plans to campaign against the amendment. In a statement, his spokeswoman, Keisha Darrow, said the governor would “make sure voters understand exactly what this does to schools and roads.”

The Wisconsin Taxpayer Alliance, a nonpartisan research group, noted in a December report that at least 15 states have some form of supermajority requirement for tax increases. The group has not taken a position on the amendment.

Business groups lined up in support. Lorraine Hecht, president of the Badger Business Council, said the amendment would send “a clear signal to employers that Wisconsin is a stable place to invest.”

Teachers unions and county officials are expected to bankroll the opposition. Dana Pruitt, executive director of the Wisconsin Counties Coalition, said her members were already discussing how to raise money.

“Counties are the ones that end up holding the bag when the state can’t pay its share,” Pruitt said. “We will be in this fight.”

The question will appear on the April 7 ballot alongside the state Supreme Court race. Turnout in spring elections has historically been far lower than in November, which some Democrats said favors the measure’s backers.

“They picked April for a reason,” said one Democratic legislative aide, who spoke on condition of anonymity to discuss caucus strategy. “Everybody in this building knows it.”""",
        [
            ("a straitjacket dressed up as", "Marcus Oyelaran"),
            ("whichever party happens to be", "Jennifer Stoltz"),
            ("Raising taxes should be hard,", "Jennifer Stoltz"),
            ("It should require the kind", "Jennifer Stoltz"),
            ("So you can cut with", "Andre Whitfield"),
            ("That is not fiscal discipline.", "Andre Whitfield"),
            ("make sure voters understand exactly", "Keisha Darrow"),
            ("a clear signal to employers", "Lorraine Hecht"),
            ("Counties are the ones that", "Dana Pruitt"),
            ("We will be in this", "Dana Pruitt"),
            ("They picked April for a", "Democratic legislative aide"),
            ("Everybody in this building knows", "Democratic legislative aide"),
        ],
    ),
    (
        """Castellano budget leans on reserves, delays pension ramp

By Trevor Aldana
Capitol News Illinois

SPRINGFIELD – Gov. Raymond Castellano on Wednesday proposed a $54.1 billion spending plan that would draw $900 million from the state's rainy day fund and push back a scheduled increase in pension contributions, a combination House Minority Leader Gwen Marchetti quickly labeled "a shell game."

In his annual budget address to a joint session of the General Assembly, the second-term Democrat said the state was facing slower revenue growth and the end of federal pandemic aid.

"We are not in a crisis, and I intend to keep it that way," Castellano said. "That means making choices now, while we still have room to make them."

The proposal holds the increase in K-12 funding to $250 million, the minimum called for under the state's evidence-based funding formula, and keeps higher education spending flat.

Marchetti, R-Effingham, said the reserve draw and the pension delay would leave the next governor with a bigger hole.

"You can only raid the savings account so many times before there's nothing left in it," Marchetti told reporters after the speech. "And pushing off the pension payment is exactly the kind of thing that got Illinois into this mess."

Senate President Howard Lindqvist, D-Evanston, said in a statement that the Senate would "work through the details with the care they deserve" but stopped short of endorsing the plan.

Advocates for social service providers were more critical. Andrea Bloomfield, executive director of the Illinois Human Services Network, said flat funding amounts to a cut once inflation is factored in.

"Our members have waiting lists for developmental disability services that stretch for years," Bloomfield said. "Level funding means those lists get longer."

According to the governor's budget office, general funds revenue is expected to grow just 1.4% next fiscal year, down from more than 4% two years ago.

The Center for Illinois Fiscal Policy, a Chicago-based budget watchdog, estimated in an analysis released Wednesday afternoon that the pension deferral would add roughly $1.2 billion in long-term costs. "Deferring contributions is the single most expensive way to balance a budget," the analysis said.

Castellano closed his address with an appeal to members of both parties.

"I know there are members in this chamber who would have written this budget differently," he said. "So would I, if the numbers were different.

"But the numbers are what they are. Let's deal with them honestly, together, and get this done on time."

Lawmakers have until May 31 to pass a budget with a simple majority.""",
        [
            ("a shell game.", "Gwen Marchetti"),
            ("We are not in a", "Raymond Castellano"),
            ("That means making choices now,", "Raymond Castellano"),
            ("You can only raid the", "Gwen Marchetti"),
            ("And pushing off the pension", "Gwen Marchetti"),
            ("work through the details with", "Howard Lindqvist"),
            ("Our members have waiting lists", "Andrea Bloomfield"),
            ("Level funding means those lists", "Andrea Bloomfield"),
            ("Deferring contributions is the single", "Center for Illinois Fiscal Policy"),
            ("I know there are members", "Raymond Castellano"),
            ("So would I, if the", "Raymond Castellano"),
            ("But the numbers are what", "Raymond Castellano"),
        ],
    ),
    (
        """Missouri secretary of state rejects child care initiative, setting up court fight

By Alicia Brandt

JEFFERSON CITY — Missouri Secretary of State Gerald Hoskins announced Monday that a proposed constitutional amendment to create a state-funded child care program fell short of the signatures needed to qualify for the November ballot, a decision its supporters immediately vowed to challenge.

Hoskins’ office said the campaign, Missouri Families First, submitted enough valid signatures in only five of the state’s eight congressional districts. Initiatives must meet the threshold in six.

“We followed the law, and we followed the same process we have always followed,” Hoskins told reporters at a Capitol news conference. “The numbers are the numbers.”

Missouri Families First said it had turned in more than 290,000 signatures — nearly double the statewide requirement — and accused local election officials of improperly tossing thousands of them over technical errors.

Kara Lindell, the campaign’s manager, said in an interview that county clerks in the 2nd Congressional District had rejected signatures because voters wrote their ZIP codes in the wrong box or abbreviated the names of their towns.

“These are registered voters who signed a petition in good faith,” Lindell said. “The idea that you can throw out their signature because they wrote ‘Chesterfld’ instead of ‘Chesterfield’ is absurd.”

She said the campaign would file suit in Cole County Circuit Court this week.

The measure would have required the state to subsidize child care for families earning up to 300% of the federal poverty level. A fiscal note attached to the petition estimated the cost at between $400 million and $700 million a year.

Hoskins, a Republican widely expected to run for governor, has been criticized by Democrats for his handling of earlier initiative petitions. Last year a Cole County judge ordered him to rewrite his ballot summary for an unrelated measure, calling it “argumentative and misleading.”

Senate Minority Leader Tanya Orr, a Kansas City Democrat, said Monday’s decision fit a pattern.

“Every time Missourians try to go around this legislature, the secretary of state finds a new way to stand in the door,” Orr said.

Hoskins rejected that characterization. Asked whether politics played any role, he said “absolutely not” and noted that local election authorities, not his office, verify individual signatures.

Republican lawmakers have spent much of the last three sessions trying to make it harder to amend the constitution by initiative petition. A proposal to require a majority vote in most congressional districts passed the House in February and is pending in the Senate.

Rep. Brent Sayler, a Joplin Republican who sponsored that proposal, said Monday’s outcome showed “the process is working the way it’s supposed to.”

Under state law, a challenge to the secretary of state’s decision must be filed within 10 days.""",
        [
            ("We followed the law, and", "Gerald Hoskins"),
            ("The numbers are the numbers.", "Gerald Hoskins"),
            ("These are registered voters who", "Kara Lindell"),
            ("The idea that you can", "Kara Lindell"),
            ("argumentative and misleading.", "Cole County judge"),
            ("Every time Missourians try to", "Tanya Orr"),
            ("absolutely not", "Gerald Hoskins"),
            ("the process is working the", "Brent Sayler"),
        ],
    ),
    (
        """Voss vetoes bill barring local limits on short-term rentals

Nathan Kellerman
Lansing Bureau

Lansing — Gov. Elaine Voss on Friday vetoed a bipartisan bill that would have stopped Michigan cities and townships from banning short-term rentals, saying it would "strip local communities of their ability to protect their neighborhoods."

In a veto letter to the Senate, the Democratic governor wrote that housing for year-round workers in resort towns along Lake Michigan was "disappearing block by block."

"I share the sponsors' goal of protecting property rights," Voss wrote. "But a one-size-fits-all rule from Lansing is the wrong answer for a state as varied as ours."

The bill, sponsored by Sen. Patrick Doyle, R-Gaylord, passed the Senate 24-13 and the House 61-47 with support from members of both parties.

Doyle called the veto "a gift to a handful of township boards that would rather ban than regulate."

"Homeowners in my district rent their cottages for a few weeks a year to help pay the taxes on them," Doyle said in a phone interview. "Now they're being told by a township board that they can't, and the governor just told them that's fine."

Supporters would need two-thirds of each chamber to override the veto, a threshold they are unlikely to reach. House Speaker Dennis Albright, D-Flint, does not plan to schedule an override vote, a spokeswoman said.

The Michigan Township Coalition praised the decision. "Local officials know their communities best, and the governor recognized that," the group's executive director, Sharon Wexley, said in a statement.

The Michigan Vacation Rental Association, which spent heavily lobbying for the bill, said it was "deeply disappointed" and would consider "every option, including going directly to voters."

A citizen-initiated law would require more than 350,000 valid signatures. An official with the association, who asked not to be named because the group had not made a final decision, said its internal polling on the question had been "encouraging."

Voss has now vetoed nine bills this term. The Legislature has not overridden any of them.""",
        [
            ("strip local communities of their", "Elaine Voss"),
            ("disappearing block by block.", "Elaine Voss"),
            ("I share the sponsors' goal", "Elaine Voss"),
            ("But a one-size-fits-all rule from", "Elaine Voss"),
            ("a gift to a handful", "Patrick Doyle"),
            ("Homeowners in my district rent", "Patrick Doyle"),
            ("Now they're being told by", "Patrick Doyle"),
            ("Local officials know their communities", "Sharon Wexley"),
            ("deeply disappointed", "Michigan Vacation Rental Association"),
            ("every option, including going directly", "Michigan Vacation Rental Association"),
            ("encouraging.", "official with the association"),
        ],
    ),
    (
        """Minnesota lawmakers strike late deal on bonding bill as session clock runs out

By Hannah Petrakis

ST. PAUL — Minnesota legislative leaders reached an agreement late Sunday on a $1.1 billion public works borrowing package, clearing the way for votes in the final hours of the session after weeks of stalemate over how much to spend and where.

The deal, announced shortly after 9 p.m. outside the governor’s reception room, includes money for wastewater treatment upgrades in greater Minnesota, repairs on state university campuses and a new veterans home in Bemidji.

Gov. Thomas Berglund, a DFLer, called it “a good, solid bill that touches every corner of the state.”

Bonding bills require a three-fifths supermajority in both chambers, giving the Republican minority leverage it has used to extract concessions.

House Minority Leader Kristin Aamodt, R-Alexandria, said her caucus had won a smaller overall price tag and additional money for roads and bridges.

“We said from the beginning we weren’t going to sign off on a $2 billion wish list, and we didn’t,” Aamodt said. “This is a responsible number.”

She acknowledged that several metro projects Democrats had prioritized were left out, including a new science building at a state university campus in Minneapolis.

Sen. Omar Haji-Abdi, DFL-Minneapolis, said the bill shortchanged the Twin Cities.

“We have buildings on our campuses in Minneapolis with buckets in the hallways to catch the rain,” he said. “I’m going to vote for this, but nobody should pretend it meets the need.”

Berglund said he had spoken with Aamodt and Senate Republican Leader Curt Wahlstrom several times over the weekend.

“There were moments on Saturday when I didn’t think we’d get here,” Berglund told reporters. “Frankly, there were moments this afternoon.

“But people kept coming back to the table, and that’s what Minnesotans expect of us.”

Wahlstrom did not attend the announcement. A spokesperson for the Senate Republican caucus said in a statement that the agreement was “a fair compromise that respects taxpayers.”

The Coalition of Greater Minnesota Cities, which lobbies for outstate communities, said the wastewater money would “keep rates from doubling in dozens of small towns.”

The session must adjourn by midnight Monday under the state constitution. Lawmakers still had to finish a tax bill and a transportation package, and leaders from both parties said a special session was not out of the question if those bills stalled.""",
        [
            ("a good, solid bill that", "Thomas Berglund"),
            ("We said from the beginning", "Kristin Aamodt"),
            ("This is a responsible number.", "Kristin Aamodt"),
            ("We have buildings on our", "Omar Haji-Abdi"),
            ("I’m going to vote for", "Omar Haji-Abdi"),
            ("There were moments on Saturday", "Thomas Berglund"),
            ("Frankly, there were moments this", "Thomas Berglund"),
            ("But people kept coming back", "Thomas Berglund"),
            ("a fair compromise that respects", "spokesperson"),
            ("keep rates from doubling in", "Coalition of Greater Minnesota Cities"),
        ],
    ),
    (
        """Lawmakers advance bill delaying voter-approved paid leave law

LINCOLN — A bill that would push back the start of Nebraska's voter-approved paid family leave program by two years cleared its first round of debate Tuesday, drawing sharp criticism from the coalition that put the measure on the ballot.

Legislative Bill 412 advanced 33-12 after supporters broke a filibuster. Because of the filibuster, backers needed 33 votes to end debate.

Sen. Wade Holcomb of Kearney, who introduced the bill, said the Nebraska Department of Labor had told him it could not have a payroll contribution system ready by the January deadline written into the initiative.

"Nobody in this chamber is trying to undo what voters did," Holcomb said. "We're trying to make sure it actually works when it starts, instead of collapsing in the first month."

According to a fiscal note prepared by the Legislative Fiscal Office, the department estimates it would need 41 new employees and about $18 million to stand up the program.

Sen. Teresa Villanueva of Omaha, who led opposition to the bill, said the department had known about the deadline since November, when 57% of voters approved the measure.

"The voters of this state spoke clearly. They didn't say 'eventually.' They said January," Villanueva said.

Gov. Randall Strand has not said whether he supports the delay. His spokeswoman, Erin Maddox, said the governor "wants the program to be implemented responsibly" and was following the debate.

Nebraskans for Paid Leave, which gathered more than 130,000 signatures to place the measure on the ballot, said it would lobby senators to block the bill on the next round.

"Voters were told this program would begin in January," the coalition said in a statement Tuesday. "Forty-one employees is not a reason to ignore half a million voters."

Some senators who supported the bill on first round said they want changes before the next vote. Sen. Lyle Ostrander of Broken Bow said he would not back a full two-year delay on final reading.

"Two years is too long. I could live with six months," Ostrander said. "I'm going to vote green today to keep the conversation going, but the bill needs to change."

Holcomb said he was open to talking about a shorter delay but would not commit to a date.

The bill needs two more rounds of debate before it can go to the governor. Under the initiative as written, workers would begin earning up to 12 weeks of partially paid leave for the birth of a child or a serious illness starting Jan. 1.""",
        [
            ("Nobody in this chamber is", "Wade Holcomb"),
            ("We're trying to make sure", "Wade Holcomb"),
            ("The voters of this state", "Teresa Villanueva"),
            ("wants the program to be", "Erin Maddox"),
            ("Voters were told this program", "Nebraskans for Paid Leave"),
            ("Forty-one employees is not a", "Nebraskans for Paid Leave"),
            ("Two years is too long.", "Lyle Ostrander"),
            ("I'm going to vote green", "Lyle Ostrander"),
        ],
    ),
    (
        """Kansas Senate overrides Keane veto of flat tax; House vote uncertain

TOPEKA — The Kansas Senate voted 28-12 on Wednesday to override Gov. Maureen Keane’s veto of a bill that would move the state to a single 5.15% income tax rate, sending the fight to a House where Republican leaders were still hunting for votes late into the evening.

The override needs 84 votes in the 125-member House. Republicans hold 85 seats, but at least three GOP members voted against the bill when it first passed in March, according to legislative records.

Senate President Garrett Holm, R-Andover, said the vote showed “the Senate is serious about giving Kansans their money back.”

“We’ve got a surplus sitting in Topeka that belongs to the people who earned it,” Holm said after the vote. “The governor wants to keep it. We don’t.”

Keane, in her veto message last week, wrote that the flat tax would cost the state about $1.3 billion over three years and “hand the biggest breaks to the people who need them least.” She repeated that argument Wednesday.

“I have balanced budgets in good years and bad ones, and I know what happens when you cut too deep,” Keane told reporters in her Statehouse office. “We’ve been down this road. Kansans remember 2012.”

The Kansas Legislative Research Department estimated that a household earning $50,000 a year would save roughly $90 under the plan, while one earning $500,000 would save more than $6,000.

In the House, attention focused on a small group of Republican moderates from suburban Johnson County. Rep. Claire Dunleavy, R-Overland Park, said she had not decided how she would vote.

“I’m hearing from both sides, loudly,” Dunleavy said. “I want to see the numbers for our school districts before I commit to anything.”

A senior House Republican aide, speaking on condition of anonymity because leadership had not yet scheduled the vote, said the caucus was “one or two votes short” and might wait until after the weekend.

The Kansas Values Institute, a conservative policy group, urged lawmakers to finish the job, calling the bill in a statement “the most significant tax reform in a decade.”

A coalition of school superintendents, Kansas Schools Together, sent lawmakers a letter Tuesday warning that the cut could put school funding at risk. “Every dollar that leaves the general fund is a dollar the Legislature will be asked to find somewhere else,” the letter said.

House Speaker Don Rausch, R-Garden City, declined to say when the vote would take place.

“We’ll take it up when we’re ready,” he said.""",
        [
            ("the Senate is serious about", "Garrett Holm"),
            ("We’ve got a surplus sitting", "Garrett Holm"),
            ("The governor wants to keep", "Garrett Holm"),
            ("hand the biggest breaks to", "Maureen Keane"),
            ("I have balanced budgets in", "Maureen Keane"),
            ("We’ve been down this road.", "Maureen Keane"),
            ("I’m hearing from both sides,", "Claire Dunleavy"),
            ("I want to see the", "Claire Dunleavy"),
            ("one or two votes short", "senior House Republican aide"),
            ("the most significant tax reform", "Kansas Values Institute"),
            ("Every dollar that leaves the", "Kansas Schools Together"),
            ("We’ll take it up when", "Don Rausch"),
        ],
    ),
]
