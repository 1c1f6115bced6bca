CASES = [
    (
        """Corn slides below $4 as Iowa harvest outlook swells

By Megan Thorsby
Register staff writer

AMES, Iowa — Corn futures fell to their lowest level in nearly four years Tuesday, and farmers across central Iowa said the slide is forcing hard choices about what to store, what to sell and whether to lock in seed for next spring at all.

December corn settled at $3.92 a bushel on the Chicago Board of Trade, down 11 cents on the day, after the U.S. Department of Agriculture raised its national yield estimate for a second straight month.

"We're looking at a big crop on top of a big carryout, and the market is telling you it doesn't need all of it," said Darren Kuehl, a grain marketing adviser with Prairie Lane Ag Services in Boone.

Kuehl said many of his clients had held off on forward contracts this summer, hoping for a weather rally that never came. "A lot of guys are sitting on last year's bushels and this year's bushels, and the bins are only so big," he said.

For Linda Sorensen, who farms 1,400 acres of corn and soybeans with her husband near Story City, the math is stark. Cash bids at the local elevator were running about 45 cents under futures this week, she said, putting her price well below what it costs to grow the crop.

"Our break-even is somewhere around $4.40 once you put land rent in there," Sorensen said. "So every bushel we sell right now, we're paying for the privilege."

Economists at Iowa State University have estimated that the cost of producing corn on rented ground in the state will top $4.50 a bushel this year. Chad Hartig, an extension farm management specialist, said the squeeze would fall hardest on younger operators who rent most of their land and carry more debt.

"The folks with paid-for ground and some cash in the bank will ride this out," Hartig said. "The ones I worry about are five or ten years in, with a big operating note and a landlord who set the rent when corn was six dollars."

The Iowa Corn Growers Association said in a statement that the numbers underscored the need for Congress to pass a new farm bill with higher reference prices, calling the current safety net "badly out of step with what it actually costs to farm."

Lenders so far are reporting few problems with repayment, according to Todd Brenneman, a vice president at Heartland Prairie Bank in Nevada, Iowa. But he said conversations with borrowers had changed in tone.

"Nobody's panicking yet," Brenneman said. "But I'm having a lot more 'what if' meetings than I was a year ago."

Sorensen said she and her husband plan to store most of this fall's crop on the farm and wait for a better price. Asked how long they could hold out, she laughed.

"Ask me in March," she said.""",
        [
            ("We're looking at a big crop", "Darren Kuehl"),
            ("A lot of guys are sitting", "Darren Kuehl"),
            ("Our break-even is somewhere around", "Linda Sorensen"),
            ("So every bushel we sell", "Linda Sorensen"),
            ("The folks with paid-for ground", "Chad Hartig"),
            ("The ones I worry about", "Chad Hartig"),
            ("badly out of step with", "Iowa Corn Growers Association"),
            ("Nobody's panicking yet,", "Todd Brenneman"),
            ("But I'm having a lot", "Todd Brenneman"),
            ("Ask me in March,", "Linda Sorensen"),
        ],
    ),
    (
        """Western Kansas hospital to end inpatient care, convert to rural emergency hospital

by Caleb Wendt, Kansas Reflector

TRIBUNE PLAINS — Board members of Keller County Memorial Hospital voted 4-1 on Monday night to stop admitting inpatients and convert the 14-bed facility into a rural emergency hospital, a federal designation that trades overnight beds for higher Medicare payments.

The change, expected to take effect in January, will keep the hospital's emergency room and outpatient clinic open around the clock. But patients who need to stay more than a day will be transferred to larger hospitals in Garden City or Hays, both more than an hour away.

Hospital CEO Renee Dauber told the board the alternative was closing altogether within 18 months.

"I want to be very plain with this community," Dauber said. "We have lost money on inpatient care every year for seven years. This isn't a choice between keeping everything and losing something. It's a choice between keeping most of it and losing all of it."

The hospital averaged fewer than two inpatients a day last year, according to figures presented at the meeting, while its emergency room saw about 3,100 visits.

More than 80 people packed the exhibit hall at the county fairgrounds for the vote. Several urged the board to wait.

Mel Ostrander, a retired wheat farmer whose wife spent nine days in the hospital after a stroke in 2021, said families would now face long drives to visit sick relatives.

"She had people from church in that room every single day," Ostrander said. "You move her to Hays, and she's alone."

Board member Gary Pfannenstiel, who cast the lone no vote, said he believed the board had not fully explored other options, including a property tax increase. He called the conversion "a door we can't walk back through."

Under the rural emergency hospital model, created by Congress in 2020, facilities receive an additional monthly facility payment — roughly $280,000 this year — in exchange for giving up inpatient beds. Nearly a dozen Kansas hospitals have made the switch.

The Kansas Hospital Association has backed the designation as a lifeline for struggling facilities, but a spokeswoman said the group also wants lawmakers to take up Medicaid expansion, which Kansas has not adopted.

"The rural emergency hospital option is a tool, not a cure," the spokeswoman said. "Without changes to how rural care is paid for, we will keep having these conversations."

State Sen. Brenda Kirchhoff, a Republican whose district includes Keller County, said in an interview Tuesday that she opposes Medicaid expansion but is working on a bill to shore up rural hospital payments through the state budget.

"These hospitals are the biggest employer in a lot of my towns," Kirchhoff said. "When they go, the school goes next, and then the grocery store."

Dauber said no layoffs were planned, though some nursing staff would shift to emergency and clinic roles.""",
        [
            ("I want to be very plain", "Renee Dauber"),
            ("We have lost money on", "Renee Dauber"),
            ("She had people from church", "Mel Ostrander"),
            ("You move her to Hays,", "Mel Ostrander"),
            ("a door we can't walk", "Gary Pfannenstiel"),
            ("The rural emergency hospital option", "spokeswoman"),
            ("Without changes to how rural", "spokeswoman"),
            ("These hospitals are the biggest", "Brenda Kirchhoff"),
            ("When they go, the school", "Brenda Kirchhoff"),
        ],
    ),
    (
        """Two Sandhills school districts vote to merge as enrollment falls

By Jenna Korbel
World-Herald Bureau

VALENTINE, Neb. — After more than a century of rivalry on the football field, the Loup Bend and Calder Creek school districts will become one.

Voters in both districts approved a consolidation plan Tuesday, with 61% in Loup Bend and 57% in Calder Creek voting yes, according to unofficial results from the county clerks. The merged district will open in fall 2026 with about 240 students in kindergarten through 12th grade.

Supporters said the move was the only way to keep offering classes such as physics, welding and Spanish as enrollment in both towns has dropped by roughly a third since 2010.

"We had a senior class of six last year," said Tom Hadley, superintendent at Calder Creek. "You can't hire a chemistry teacher for six kids. You can for thirty."

Under the plan, the high school will be in Loup Bend and the elementary and middle school grades in Calder Creek, about 22 miles apart. Both districts' buildings will remain in use.

Opponents worried that the town losing its high school would lose its identity along with it. Karla Brandt, who runs a cafe on Calder Creek's main street, said Friday night games bring in half her weekly business in the fall.

"People don't drive out here for the pie," Brandt said. "They come for the game and stop for the pie."

Still, she said she voted for the merger. Her two grandchildren, she said, deserved "a real choice of classes, not whatever one teacher can cover."

State aid played a role. Nebraska's school funding formula gives many rural districts little or no equalization aid because of high farmland valuations, leaving local property taxpayers to cover most costs. Farmers in both districts had pushed for the merger partly to slow property tax increases.

Dale Rempe, a cattle rancher and Loup Bend school board member, put it bluntly: "Land values doubled, our levy stayed the same, and my tax bill doubled. Something had to give."

The Nebraska Department of Education said in an email that 14 consolidations had been approved statewide over the past decade. The department "supports local decisions that expand opportunities for students," the email said.

The merged district still needs a name and a mascot. Hadley said a committee of students from both schools would make a recommendation by spring.

"I've been told in no uncertain terms," he said, "that it can't be the Loup Bend Bobcats or the Calder Creek Coyotes. It has to be something new."

The plan still requires sign-off from the state's school reorganization committee, which is expected to take it up in January.""",
        [
            ("We had a senior class", "Tom Hadley"),
            ("You can't hire a chemistry", "Tom Hadley"),
            ("People don't drive out here", "Karla Brandt"),
            ("They come for the game", "Karla Brandt"),
            ("a real choice of classes,", "Karla Brandt"),
            ("Land values doubled, our levy", "Dale Rempe"),
            ("supports local decisions that expand", "Nebraska Department of Education"),
            ("I've been told in no", "Tom Hadley"),
            ("that it can't be the", "Tom Hadley"),
        ],
    ),
    (
        """Farm-state senators push for another farm bill extension as deadline nears

By ROBERT ANSELL
Associated Press

WASHINGTON (AP) — A bipartisan group of farm-state senators urged congressional leaders Thursday to pass another one-year extension of the farm bill, warning that dairy supports and programs for beginning farmers will lapse at the end of the month if Congress does nothing.

The last comprehensive farm bill expired more than a year ago and has already been extended once. Negotiations over a new five-year bill have stalled over how to pay for higher crop price supports sought by Republicans and farm groups.

Sen. Karen Holtmeier, R-N.D., who led the letter with Sen. Mark Lindgren, D-Iowa, told reporters at the Capitol that she would still prefer a full bill but that the votes were not there before the election.

"I'd love to stand here and tell you we're going to get a new farm bill done in three weeks," Holtmeier said. "I'm not going to do that, because it wouldn't be true.

"What I can promise is that we will not let dairy fall off the cliff again. We did that once, and milk at the grocery store was headed for seven dollars a gallon before we fixed it."

Lindgren said an extension should include emergency aid for grain farmers facing low prices. Corn and soybean prices have fallen by roughly a third from their highs two years ago, while costs for fertilizer, machinery and land rent remain elevated.

"Farmers in my state are being asked to plant a crop that loses money," Lindgren said. "An extension with nothing in it for them is a pat on the head."

The central dispute is over the Supplemental Nutrition Assistance Program, which accounts for most farm bill spending. A House Republican proposal would pay for higher reference prices — the price floors that trigger crop payments — in part by limiting future increases in SNAP benefits.

Rep. Gloria Tennant of Minnesota, a senior Democrat on the House Agriculture Committee, called the proposal "a nonstarter" and said Democrats would not trade food aid for farm payments.

"You don't help farmers by taking food off the tables of the families who buy what they grow," Tennant said in a statement.

An aide to House Republican leadership, who was not authorized to speak publicly about the negotiations and requested anonymity, said a vote on an extension was "likely but not locked in" and that leaders were waiting to see whether the Senate could agree on an aid package first.

Farm groups said they would accept an extension but warned it was a poor substitute.

"An extension is better than nothing, but not by much," said Jim Roark, a wheat grower from Pratt County, Kansas, and president of the Plains Farmers Union. "We're farming with today's costs and a safety net built for a different decade."

The U.S. Department of Agriculture said it was preparing guidance for dairy producers in case the program lapses.""",
        [
            ("I'd love to stand here", "Karen Holtmeier"),
            ("I'm not going to do", "Karen Holtmeier"),
            ("What I can promise is", "Karen Holtmeier"),
            ("Farmers in my state are", "Mark Lindgren"),
            ("An extension with nothing in", "Mark Lindgren"),
            ("a nonstarter", "Gloria Tennant"),
            ("You don't help farmers by", "Gloria Tennant"),
            ("likely but not locked in", "aide to House Republican leadership"),
            ("An extension is better than", "Jim Roark"),
            ("We're farming with today's costs", "Jim Roark"),
        ],
    ),
    (
        """U.S. soybean basis weakens in Dakotas as export demand lags

By Alana Whitcomb

CHICAGO, Oct 14 (Reuters) - Cash soybean prices in South Dakota and North Dakota have fallen to their steepest discounts to futures in at least five years, as slow export sales through Pacific Northwest ports leave farmers in the northern Plains with few buyers for a near-record harvest, traders and analysts said.

Elevators in eastern South Dakota were bidding as much as $1.30 per bushel under Chicago Board of Trade November soybean futures this week, according to a survey of grain buyers, compared with a five-year average of about 70 cents under for mid-October.

Northern Plains soybeans are typically shipped by rail to export terminals in Washington and Oregon and loaded for Asia. But sales to China, historically the largest buyer, have lagged well behind last year's pace, with Chinese importers turning to cheaper Brazilian supplies.

"The rail freight is there, the ships are there, but the sales just aren't on the books," said one grain merchandiser at a Minneapolis-based trading firm, who asked not to be named because he was not authorized to speak to the media. "Until that changes, the interior has to price itself out."

Farmers have responded by storing grain, and some have turned to temporary ground piles and grain bags as bins fill.

"We've never had to bag beans before. This year we've got about 40,000 bushels sitting in bags along the field road," Curt Eidsness, who farms near Brookings, South Dakota, told Reuters by phone. "You just hope it doesn't rain sideways."

New crushing capacity in the region has absorbed part of the surplus. Dakota Prairie Processing, which opened a soybean crush plant near Mitchell, South Dakota, last year, said it was running at full capacity and had extended receiving hours.

"We are buying every day and will continue to do so," the company said in a statement, adding that its bids reflected "the reality of a very full pipeline."

Analysts said the crush expansions, driven by demand for soybean oil from renewable diesel makers, had been expected to narrow the basis in the Dakotas over time but could not absorb a crop of this size on their own.

"Crush is a long-run fix to a short-run problem," said Jordan Hafner, senior analyst at Meridian Grain Research in Kansas City. "You've added a few hundred thousand bushels a day of demand. The export gap is bigger than that."

The U.S. Department of Agriculture last week pegged South Dakota's soybean yield at 52 bushels per acre, which would be a state record. North Dakota's crop was also forecast above last year's.

State agriculture officials said they were watching storage conditions closely. South Dakota Agriculture Secretary Neil Brummer said grain held in temporary storage would need to be monitored for moisture and heating through the winter.

"Good yields are only good if the grain makes it to market in condition," Brummer said.

(Reporting by Alana Whitcomb in Chicago; Editing by Mark Delaney)""",
        [
            ("The rail freight is there,", "grain merchandiser at a Minneapolis-based trading firm"),
            ("Until that changes, the interior", "grain merchandiser at a Minneapolis-based trading firm"),
            ("We've never had to bag", "Curt Eidsness"),
            ("You just hope it doesn't", "Curt Eidsness"),
            ("We are buying every day", "Dakota Prairie Processing"),
            ("the reality of a very", "Dakota Prairie Processing"),
            ("Crush is a long-run fix", "Jordan Hafner"),
            ("You've added a few hundred", "Jordan Hafner"),
            ("Good yields are only good", "Neil Brummer"),
        ],
    ),
    (
        """Northwest Iowa hospital to stop delivering babies, citing staffing shortage

Rachel Otterbein | Iowa Public Radio

Expectant parents in Osage Falls and the surrounding counties will soon have to drive at least 50 minutes to give birth, after the town’s only hospital announced it will close its labor and delivery unit at the end of next month.

Prairie Lakes Regional Health says it delivered 96 babies last year, down from about 160 a decade ago. The hospital says it has been unable to fill two of its four obstetric nursing positions and has relied on traveling nurses at more than twice the cost of staff.

Chief Nursing Officer Amy Vander Ploeg says the decision was painful but unavoidable.

“You cannot safely run a birthing unit on three nurses and a prayer,” Vander Ploeg says. “We looked at every option. We looked at sharing staff with the ER, we looked at on-call models. None of them got us to a place where I could look a mother in the eye and say we were ready for anything.”

Dozens of Iowa hospitals have stopped delivering babies over the past two decades, according to the Iowa Hospital Association, and many of the state’s rural counties no longer have a birthing unit at all.

Family physician Dr. Tomas Reyes has delivered babies in Osage Falls for 17 years. He says the change will mean more women arriving at the emergency room in active labor.

“Babies don’t check the map,” Reyes says. “We will still see deliveries here. They just won’t be planned ones, and that worries me.”

The hospital says its emergency department will remain staffed to handle emergency births, and its clinic will continue to offer prenatal and postpartum visits.

Kaylee Brandsma is 31 weeks pregnant with her second child. She lives on a hog farm about 15 miles outside of town, and after the closure the nearest hospital that delivers babies will be in Sioux Ridge.

“With my first, I went from first contraction to holding her in four hours,” Brandsma says. “If that happens again in January on icy roads, I don’t know what we do.”

State Rep. Jon Veldhuizen, a Republican who represents the area, says lawmakers approved higher Medicaid payments for deliveries last year, but that it has not been enough.

“We put real money on the table, and I’m proud of that,” Veldhuizen says. “But money doesn’t create nurses out of thin air. That’s a pipeline problem, and it’s going to take years.”

In a written statement, the Iowa Hospital Association says rural hospitals lose money on nearly every birth covered by Medicaid, which pays for about 40 percent of births in the state. The group says it supports “targeted, sustained investment” in rural obstetric care.

Vander Ploeg says the hospital will revisit the decision if staffing improves.

“This isn’t us saying never,” she says. “It’s us saying not right now.”""",
        [
            ("You cannot safely run a", "Amy Vander Ploeg"),
            ("We looked at every option.", "Amy Vander Ploeg"),
            ("Babies don’t check the map,", "Tomas Reyes"),
            ("We will still see deliveries", "Tomas Reyes"),
            ("With my first, I went", "Kaylee Brandsma"),
            ("If that happens again in", "Kaylee Brandsma"),
            ("We put real money on", "Jon Veldhuizen"),
            ("But money doesn’t create nurses", "Jon Veldhuizen"),
            ("targeted, sustained investment", "Iowa Hospital Association"),
            ("This isn’t us saying never,", "Amy Vander Ploeg"),
            ("It’s us saying not right", "Amy Vander Ploeg"),
        ],
    ),
    (
        """Wet spring leaves North Dakota farmers weighing prevented planting claims

By Tessa Lindahl
Agweek

BERGLAND, N.D. — With final planting dates for spring wheat passing this week across much of northeastern North Dakota, farmers here say they face a choice that has become all too familiar: keep trying to seed waterlogged fields, or file a prevented planting claim with their crop insurance.

As of Sunday, 58% of the state's spring wheat had been planted, compared with a five-year average of 86%, according to the USDA's weekly crop progress report. In the northeast, the figure was lower.

Erik Solberg, who raises wheat, canola and soybeans near Bergland with his brother, said about a third of their 4,200 acres has had standing water since late April.

"You go out every morning and look at it and think, maybe two more dry days," Solberg said. "Then it rains three-quarters of an inch overnight and you're back where you started."

The final planting date for full crop insurance coverage on spring wheat in much of the region was May 31. Farmers can still plant during a late-planting period, but their coverage is reduced by 1% a day.

Prevented planting coverage pays 60% of a policy's guarantee on acres that could not be planted because of an insured cause such as excess moisture. With wheat futures near $5.60 a bushel, many growers say the payment compares favorably with what they would earn from a late-planted crop.

Crop insurance agent Sheila Moen of Northern Rivers Insurance in Langdon said her phones had been "ringing off the hook" since the weekend.

"I tell everybody the same thing: document everything," Moen said. "Take pictures with dates on them, keep your rain gauge readings, and call me before you make a decision, not after."

Some agronomists warn that leaving large acreages unplanted carries its own costs. Weeds can take over idle fields, and soils left bare can lose the beneficial fungi that help the following year's crop take up phosphorus, a condition known as "fallow syndrome."

Greg Axtman, an extension agronomist with North Dakota State University, recommended that growers plant a cover crop on prevented acres where possible.

"Something green and growing out there is almost always better than nothing," Axtman said. He added that farmers should check with their insurance agent about when a cover crop can be grazed or hayed without affecting their payment.

The North Dakota Grain Growers Association said in a news release that it had asked the USDA's Risk Management Agency to extend late-planting periods for the region. The association said the wet conditions were "well beyond what any producer could manage through good practice."

For Solberg, the decision will likely come down to the next week's forecast.

"My dad always said you don't make money on the acres you don't plant," he said. "But he never farmed a spring like this one."

Solberg said he and his brother would make the call by Friday.""",
        [
            ("You go out every morning", "Erik Solberg"),
            ("Then it rains three-quarters of", "Erik Solberg"),
            ("ringing off the hook", "Sheila Moen"),
            ("I tell everybody the same", "Sheila Moen"),
            ("Take pictures with dates on", "Sheila Moen"),
            ("Something green and growing out", "Greg Axtman"),
            ("well beyond what any producer", "North Dakota Grain Growers Association"),
            ("My dad always said you", "Erik Solberg"),
            ("But he never farmed a", "Erik Solberg"),
        ],
    ),
    (
        """Pawnee Valley board weighs four-day school week to keep teachers

By Brett Kassebaum
Staff writer

HARLAN SPRINGS — The Pawnee Valley USD 342 board of education will decide next month whether to move its three schools to a four-day week beginning next fall, a change administrators say could help the rural district compete for teachers with larger schools in Hutchinson and Salina.

About 70 parents, teachers and students filled the high school commons Monday for a public forum on the proposal, which would lengthen each school day by about 50 minutes and give students Mondays off.

Superintendent Dana Kroeker said the district started the school year with three teaching vacancies and filled two of them with long-term substitutes.

“We are not able to pay what Wichita pays. We’re not going to be able to,” Kroeker told the crowd. “So we have to ask, what can we offer that they can’t? Time is one of the few things we have.”

More than 40 Kansas districts have adopted four-day weeks, according to the Kansas State Department of Education, nearly all of them in rural areas.

Kroeker pointed to a survey of district staff in which 88% of teachers said they supported the change. One teacher, whose survey comments were read aloud at the forum without a name, wrote that a four-day week “would be the difference between staying here and taking the job in town.”

Not everyone was convinced. Several parents raised concerns about child care on Mondays, particularly for families in which both parents work off the farm.

“I’ve got a second-grader and a kindergartner,” said Melissa Unruh, a nurse at the county hospital, “and I work 12-hour shifts. Who watches them on Mondays? My mom is 74.”

Kroeker said the district was talking with the local recreation commission and a church day care about offering a low-cost Monday program at the elementary school.

Board president Lyle Schrag, who farms wheat and milo east of town, said he had gone into the process skeptical.

“I grew up going five days a week, and I turned out all right, mostly,” Schrag said, drawing laughter. “But I’ve sat through too many interviews where a young teacher takes the job in Newton because we can’t match the salary. If this keeps one good teacher, I’m listening.”

Research on four-day weeks is mixed, with some studies finding small declines in test scores.

Senior Caleb Friesen, who will graduate before any change takes effect, told the board he had a different concern.

“A lot of kids eat their best meal of the week at school,” Friesen said. “If you take away a day, you need to figure out how they eat on Monday.”

Kroeker said the district’s food service director was looking at sending home weekend food packs, a program already used in some western Kansas districts.

The board is expected to vote at its Dec. 9 meeting.""",
        [
            ("We are not able to", "Dana Kroeker"),
            ("So we have to ask,", "Dana Kroeker"),
            ("would be the difference between", "teacher"),
            ("I’ve got a second-grader and", "Melissa Unruh"),
            ("and I work 12-hour shifts.", "Melissa Unruh"),
            ("I grew up going five", "Lyle Schrag"),
            ("But I’ve sat through too", "Lyle Schrag"),
            ("A lot of kids eat", "Caleb Friesen"),
            ("If you take away a", "Caleb Friesen"),
        ],
    ),
]
