CASES = [
    (
        """Un avis d’ébullition d’eau en vigueur depuis 11 ans à Kanawesk : la communauté perd patience

Jeanne Thibodeau | Espaces autochtones | Radio-Canada
Publié le 14 mars

La Première Nation de Kanawesk, dans le nord-ouest de l’Ontario, entame une douzième année sous un avis d’ébullition d’eau, malgré les promesses répétées d’Ottawa de mettre fin aux avis de longue durée dans les réserves.

« On nous dit chaque année que la nouvelle usine est pour bientôt. Mes petits-enfants n’ont jamais bu l’eau du robinet », affirme la cheffe Marlene Wapistan, jointe par téléphone mardi.

La station de traitement, construite en 1994, ne répond plus aux normes fédérales depuis 2013. Un projet de remplacement de 38 millions de dollars a été approuvé en 2021, mais les travaux n’ont toujours pas commencé, faute d’entrepreneur disponible et en raison de la courte saison de la route de glace qui relie la communauté au reste de la province.

Selon la cheffe Wapistan, certaines familles dépensent jusqu’à 300 $ par mois en eau embouteillée. Le conseil de bande distribue aussi des cruches d’eau à une soixantaine d’aînés. « Ce n’est pas une question de technique. C’est une question de volonté », dit-elle.

Le ministre des Services aux Autochtones, Julien Marchessault, reconnaît que le dossier a pris du retard. « Je comprends la frustration des gens de Kanawesk, et elle est légitime », a-t-il déclaré en mêlée de presse à Ottawa, mercredi. Il s’est engagé à ce que le chantier démarre « au plus tard à l’été 2025 ».

Services aux Autochtones Canada a précisé dans une déclaration écrite qu’un appel d’offres avait été relancé en février et que « des mesures temporaires, dont une unité de filtration mobile », étaient à l’étude.

Ces explications ne convainquent pas Dorothy Keesick, une infirmière qui travaille au poste de soins de la communauté depuis 2009. Elle dit voir régulièrement des enfants souffrant d’eczéma et d’infections cutanées.

« Quand je lave un bébé, je dois faire bouillir l’eau, la laisser refroidir, et espérer que ça suffise. On ne demanderait jamais ça à une mère à Toronto », souligne-t-elle.

En 2021, le gouvernement fédéral avait conclu un règlement de 8 milliards de dollars avec des Premières Nations privées d’eau potable. Il s’était alors engagé à lever tous les avis de longue durée. Selon les données du ministère, une trentaine d’avis de ce type étaient toujours en vigueur au début du mois.

Le député néo-démocrate de la circonscription, Gabriel Ashkewe, a déposé une motion pour que le comité permanent des affaires autochtones se penche sur le cas de Kanawesk. « Le gouvernement parle de réconciliation dans ses discours, mais l’eau ne coule pas plus propre pour autant », a-t-il lancé à la Chambre des communes.

La cheffe Wapistan compte se rendre à Ottawa en avril avec une délégation d’aînés. « Nous allons apporter notre eau, et nous allons leur demander de la boire. »""",
        [
            ("On nous dit chaque année", "Marlene Wapistan"),
            ("Ce n’est pas une question", "Marlene Wapistan"),
            ("Je comprends la frustration des", "Julien Marchessault"),
            ("au plus tard à l’été", "Julien Marchessault"),
            ("des mesures temporaires, dont une", "Services aux Autochtones Canada"),
            ("Quand je lave un bébé", "Dorothy Keesick"),
            ("Le gouvernement parle de réconciliation", "Gabriel Ashkewe"),
            ("Nous allons apporter notre eau", "Marlene Wapistan"),
        ],
    ),
    (
        """Les chefs pressent Ottawa d'abolir la « règle de la deuxième génération »

Marie-Ève Lanctôt
La Presse Canadienne

OTTAWA — Des chefs des Premières Nations ont exhorté mardi les députés fédéraux à aller plus loin que le projet de loi C-47, qui modifie les règles d'inscription au registre des Indiens, affirmant que la réforme laisse encore des milliers de personnes sans statut.

Témoignant devant le comité permanent des affaires autochtones et du Nord des Communes, la cheffe régionale de l'Assemblée des Premières Nations (APN) pour l'Alberta, Rosalie Makokis, a soutenu que le gouvernement fédéral ne devrait plus décider qui fait partie d'une Première Nation.

« C'est à nos nations de déterminer qui sont leurs citoyens, pas à un fonctionnaire à Gatineau », a-t-elle déclaré.

La règle dite de la deuxième génération fait en sorte qu'une personne perd son droit au statut lorsque deux générations consécutives comptent un parent non inscrit. Selon des projections fédérales citées devant le comité, des dizaines de milliers de personnes pourraient perdre leur statut au cours des prochaines décennies si rien ne change.

Le projet de loi, déposé en décembre par la ministre des Relations Couronne-Autochtones, Catherine Lavallée-Brant, élimine plusieurs formes de discrimination fondée sur le sexe qui subsistaient dans la Loi sur les Indiens. Il ne touche toutefois pas à la règle de la deuxième génération, que le gouvernement promet d'examiner lors d'une seconde phase de consultations.

Plus tôt dans la journée, la ministre a défendu cette approche par étapes devant le même comité.

« Nous corrigeons aujourd'hui des injustices qui font consensus. Sur la deuxième génération, les nations elles-mêmes nous ont demandé plus de temps », a-t-elle fait valoir.

Un argument que rejette le chef de la Nation crie de Wapasew Lake, en Saskatchewan, Darren Bighetty. Selon lui, sa communauté a transmis ses recommandations à Ottawa dès 2019 et « attend toujours une réponse ».

« On nous consulte, on nous consulte encore, et pendant ce temps-là, nos petits-enfants naissent sans statut, a lancé M. Bighetty aux députés.

« Dans vingt ans, il y aura des familles où les grands-parents sont des Indiens inscrits et les petits-enfants, non. Appelez ça comme vous voulez, moi j'appelle ça une extinction administrative. »

Le porte-parole conservateur en matière de relations avec les Autochtones, Trevor Lindqvist, a pour sa part reproché au gouvernement d'avoir mené ses consultations « à la va-vite et sans véritable écoute ».

Le Bloc québécois a indiqué qu'il appuierait le projet de loi en deuxième lecture. « Ce sont les nations qui doivent être au coeur de ces décisions, pas Ottawa », a écrit le parti dans un communiqué.

Le comité doit entendre d'autres témoins jeudi, dont des représentantes du Cercle national des femmes autochtones, qui avaient qualifié la réforme en janvier de « premier pas nécessaire, mais nettement insuffisant ».""",
        [
            ("C'est à nos nations de", "Rosalie Makokis"),
            ("Nous corrigeons aujourd'hui des injustices", "Catherine Lavallée-Brant"),
            ("attend toujours une réponse", "Darren Bighetty"),
            ("On nous consulte, on nous", "Darren Bighetty"),
            ("Dans vingt ans, il y", "Darren Bighetty"),
            ("à la va-vite et sans", "Trevor Lindqvist"),
            ("Ce sont les nations qui", "Bloc québécois"),
            ("premier pas nécessaire, mais nettement", "Cercle national des femmes autochtones"),
        ],
    ),
    (
        """Traité innu de Uashkaikan : les négociations achoppent à la dernière étape

Mathilde Gagnon-Roy à Sept-Îles

Trente et un ans après l’ouverture des pourparlers, les Innus de Uashkaikan accusent Ottawa de traîner les pieds dans la dernière ligne droite vers un traité moderne qui leur reconnaîtrait des droits sur un territoire de plus de 20 000 kilomètres carrés sur la Côte-Nord.

Le chef Denis Kaltush a convoqué les médias jeudi à Sept-Îles pour dénoncer ce qu’il a qualifié de « recul inacceptable à la toute fin du processus ».

« Nous avons fait des compromis sur tout : les redevances, la chasse, les droits de coupe. Nous avons accepté des choses que nos aînés n’auraient jamais acceptées, a-t-il affirmé. Et là, à quelques mois de la signature, Ottawa rouvre des chapitres qu’on croyait fermés.

« Ce n’est plus de la négociation. C’est de l’usure. »

Au cœur du différend : le chapitre sur la protection de la jeunesse. Selon le chef, le gouvernement fédéral exige désormais que les futures lois innues en la matière soient soumises à une période de transition de dix ans, durant laquelle les normes provinciales continueraient de s’appliquer.

Une source fédérale proche des négociations, qui a requis l’anonymat parce qu’elle n’est pas autorisée à s’exprimer publiquement, confirme que ce chapitre a été rouvert à la demande du ministère de la Justice. « Il y a des enjeux de compatibilité avec la Charte qui n’avaient pas été mesurés correctement au départ », a-t-elle expliqué au Devoir.

Au cabinet du ministre des Relations Couronne-Autochtones, Marc-Antoine Bérubé, on se montre plus optimiste. « Le Canada demeure pleinement engagé à conclure un traité avec la Nation innue de Uashkaikan dans les meilleurs délais », a écrit son attachée de presse, Sophie Lemire, dans un courriel.

L’entente de principe, baptisée « Entente Nitassinan », avait été paraphée en 2018 par les trois parties. Du côté de Québec, le ministre responsable des Relations avec les Premières Nations et les Inuit, Pierre-Luc Dufresne, a dit souhaiter « une signature avant la fin de l’année, si tout le monde y met du sien ».

Le projet de traité suscite aussi des inquiétudes dans les municipalités voisines. La mairesse de Baie-des-Cèdres, Francine Tremblay-Lapointe, craint pour l’accès des villégiateurs et des chasseurs allochtones au territoire.

« Les gens d’ici ont des chalets sur ces terres depuis trois générations. Personne ne nous a expliqué clairement ce qui va changer pour eux », dit-elle.

Le chef Kaltush assure que ces droits seront respectés. « Nous avons partagé ce territoire pendant des siècles. Nous n’allons pas commencer à fermer des barrières maintenant. »

Il prévient toutefois que la patience de sa communauté a des limites. « Si Ottawa ne revient pas à la table avec un mandat clair d’ici l’automne, nous allons consulter nos membres sur la suite des choses, y compris sur un recours devant les tribunaux », a-t-il averti.""",
        [
            ("recul inacceptable à la toute", "Denis Kaltush"),
            ("Nous avons fait des compromis", "Denis Kaltush"),
            ("Ce n’est plus de la", "Denis Kaltush"),
            ("Il y a des enjeux", "source fédérale proche des négociations"),
            ("Le Canada demeure pleinement engagé", "Sophie Lemire"),
            ("une signature avant la fin", "Pierre-Luc Dufresne"),
            ("Les gens d’ici ont des", "Francine Tremblay-Lapointe"),
            ("Nous avons partagé ce territoire", "Denis Kaltush"),
            ("Si Ottawa ne revient pas", "Denis Kaltush"),
        ],
    ),
    (
        """Sépultures d’anciens pensionnats : des recherches menacées faute de financement

Hugo Bellerose
La Presse

Plusieurs communautés autochtones qui fouillent les terrains d’anciens pensionnats craignent de devoir interrompre leurs travaux, faute de savoir si Ottawa renouvellera le financement qui arrive à échéance le 31 mars.

À Wanaki Sipi, en Abitibi, l’équipe qui documente le site de l’ancien pensionnat du Lac-Séguin a terminé l’automne dernier un premier relevé par géoradar. Une quarantaine d’« anomalies » compatibles avec des sépultures y ont été repérées, près de l’emplacement de l’ancienne chapelle.

« On ne peut pas arrêter maintenant. On a promis aux familles de leur donner des réponses », a expliqué à La Presse Nancy Papatie-Wabanonik, coordonnatrice du projet.

La prochaine étape – des fouilles ciblées et des recherches dans les archives des congrégations religieuses – nécessiterait environ 2,3 millions de dollars sur deux ans, estime-t-elle. Or, le budget fédéral déposé au printemps ne prévoit aucune somme pour prolonger le programme de soutien aux communautés, créé en 2021.

Un porte-parole de Relations Couronne-Autochtones et Affaires du Nord Canada a assuré qu’« aucune communauté ne sera laissée sans soutien », sans toutefois préciser quel montant serait disponible après le 31 mars.

Un haut fonctionnaire fédéral, qui s’est confié à La Presse sous le couvert de l’anonymat, a toutefois reconnu que « les sommes disponibles ne seront pas celles des trois dernières années ». Selon lui, le programme pourrait être intégré à une enveloppe plus large consacrée à la commémoration.

Gilbert Mapachee, 79 ans, a fréquenté le pensionnat du Lac-Séguin de 1951 à 1957. Il se souvient d’un petit terrain clôturé derrière la chapelle, où les pensionnaires n’avaient pas le droit d’aller.

« On savait. Tout le monde savait. Les enfants qui tombaient malades, on ne les revoyait plus », raconte-t-il, la voix brisée.

« Ce que je veux, c’est qu’on retrouve leurs noms avant que je parte. Après moi, il n’y aura plus personne pour se souvenir. »

L’ancienne interlocutrice spéciale pour les enfants disparus et les sépultures anonymes, Marianne Petiquay, avait mis en garde contre ce scénario. Dans son rapport final, intitulé « Sacrés et honorés », elle écrivait que « la recherche de la vérité ne peut pas être soumise au cycle budgétaire ».

La sénatrice Claudette Poirier-Nakogee, elle-même fille de survivants, s’est dite consternée. « On ne peut pas présenter des excuses officielles un jour et fermer le robinet le lendemain », a-t-elle déclaré en entrevue. Elle compte interpeller le gouvernement lors de la prochaine séance du Sénat.

À Wanaki Sipi, l’équipe a décidé de poursuivre les travaux d’archives avec ses propres fonds, au moins jusqu’à l’été. « On va faire ce qu’on peut avec ce qu’on a, dit Nancy Papatie-Wabanonik. Mais on ne devrait pas avoir à choisir entre chercher nos enfants et réparer nos maisons. »""",
        [
            ("On ne peut pas arrêter", "Nancy Papatie-Wabanonik"),
            ("aucune communauté ne sera laissée", "porte-parole"),
            ("les sommes disponibles ne seront", "haut fonctionnaire fédéral"),
            ("On savait. Tout le monde", "Gilbert Mapachee"),
            ("Ce que je veux, c’est", "Gilbert Mapachee"),
            ("la recherche de la vérité", "Marianne Petiquay"),
            ("On ne peut pas présenter", "Claudette Poirier-Nakogee"),
            ("On va faire ce qu’on", "Nancy Papatie-Wabanonik"),
        ],
    ),
    (
        """La Cour d’appel fédérale annule l’approbation du gazoduc Coast Range

Claire Nadeau | Radio-Canada
Publié le 6 juin

La Cour d’appel fédérale a annulé jeudi l’approbation accordée par Ottawa au projet de gazoduc Coast Range, estimant que le gouvernement n’avait pas consulté adéquatement trois Premières Nations du nord de la Colombie-Britannique.

Dans une décision unanime, les trois juges concluent que la Couronne a fait preuve d’« une écoute de pure forme » lors de la dernière phase des consultations, en 2022, et qu’elle n’a pas tenu compte des préoccupations soulevées au sujet des frayères à saumon.

Le gazoduc de 670 kilomètres, piloté par l’entreprise albertaine Nordal Énergie, devait relier des champs gaziers du nord-est de la province à un terminal d’exportation sur la côte.

« C’est une victoire pour nos enfants et pour nos rivières », a réagi la cheffe héréditaire Lorna McKilvie, de la Première Nation de Kwinamass, qui a mené la contestation. « Le gouvernement a cru qu’il pouvait cocher des cases. Les juges lui ont rappelé que la consultation, ce n’est pas un formulaire. »

Nordal Énergie s’est dite « profondément déçue par cette décision ». « Nous avons tenu plus de 400 rencontres avec les communautés touchées au cours des six dernières années », a indiqué l’entreprise dans un communiqué. Elle étudie ses options, y compris une demande d’autorisation d’appel à la Cour suprême.

Le ministre de l’Énergie et des Ressources naturelles, Robert Lachapelle, s’est montré prudent. « Nous allons prendre le temps de lire attentivement la décision. Notre gouvernement respecte les tribunaux », a-t-il dit aux journalistes à Ottawa.

Il n’a pas voulu dire si Ottawa reprendrait les consultations, se contentant d’affirmer que « toutes les options sont sur la table ».

Tous les groupes autochtones ne se réjouissent pas. La Nation de Stellako Bay avait signé en 2021 une entente sur les retombées économiques avec le promoteur.

« Nous avions négocié des emplois, des bourses d’études, des revenus pour notre communauté. Aujourd’hui, tout ça est en suspens », déplore son chef élu, Kevin Antoine.

Il dit respecter le choix de ses voisins, mais regrette que sa communauté n’ait pas été entendue par le tribunal. Selon lui, la décision « traite toutes les Premières Nations comme si elles pensaient la même chose ».

Pour l’avocate Geneviève Martel, spécialisée en droit autochtone au cabinet Martel Sioui, le jugement n’a rien d’étonnant. « Les tribunaux répètent depuis vingt ans que la consultation doit être une vraie conversation, pas un exercice de relations publiques, explique-t-elle. Ottawa semble encore avoir du mal à l’intégrer. »

Le gouvernement fédéral dispose de 60 jours pour décider s’il porte la cause devant la Cour suprême.""",
        [
            ("une écoute de pure forme", "Cour d’appel fédérale"),
            ("C’est une victoire pour nos", "Lorna McKilvie"),
            ("Le gouvernement a cru qu’il", "Lorna McKilvie"),
            ("profondément déçue par cette décision", "Nordal Énergie"),
            ("Nous avons tenu plus de", "Nordal Énergie"),
            ("Nous allons prendre le temps", "Robert Lachapelle"),
            ("toutes les options sont sur", "Robert Lachapelle"),
            ("Nous avions négocié des emplois", "Kevin Antoine"),
            ("traite toutes les Premières Nations", "Kevin Antoine"),
            ("Les tribunaux répètent depuis vingt", "Geneviève Martel"),
        ],
    ),
    (
        """La cheffe nationale de l'APN accuse Ottawa de renier ses promesses

La Presse Canadienne

WINNIPEG — La cheffe nationale de l'Assemblée des Premières Nations (APN), Raylene Sinclair-Ahenakew, a accusé mercredi le gouvernement fédéral de « tourner le dos aux Premières Nations » en réduisant les budgets de Services aux Autochtones Canada.

S'adressant à quelque 2000 délégués réunis à Winnipeg pour l'assemblée générale annuelle de l'organisation, la cheffe nationale a dénoncé les compressions annoncées dans le dernier budget fédéral.

« On nous avait promis un rattrapage. On nous avait promis que l'écart en infrastructures serait comblé d'ici 2030, a-t-elle lancé sous les applaudissements. Ce que nous avons reçu, c'est une coupe de 12 % sur trois ans. »

L'APN estime à plus de 300 milliards de dollars les sommes nécessaires pour combler l'écart en matière de logement, d'eau potable, de routes et d'écoles dans les réserves, selon son rapport « Bâtir nos nations », publié l'an dernier.

Dans une déclaration écrite, la ministre des Services aux Autochtones, Nadia Pelletier-Young, a soutenu que les programmes essentiels étaient protégés. « Aucun service de première ligne ne sera touché par l'exercice de révision des dépenses », a-t-elle indiqué.

À Ottawa, le premier ministre Daniel Caron a défendu le bilan de son gouvernement pendant la période des questions.

« Aucun gouvernement dans l'histoire de ce pays n'a investi autant que le nôtre dans les communautés autochtones », a-t-il répondu au chef néo-démocrate, qui l'interrogeait sur les propos de la cheffe nationale.

M. Caron a ajouté que les réductions visaient « les dépenses de fonctionnement à Ottawa, pas les services sur le terrain ».

Un argument qui a peu convaincu les délégués rencontrés par La Presse Canadienne à Winnipeg. « Ça fait trente ans que j'entends que l'argent s'en vient. Dans ma communauté, on a encore trois familles dans la même maison », a dit un conseiller de bande de la Saskatchewan, qui a demandé à ne pas être nommé parce qu'il n'était pas autorisé à parler au nom de son chef.

Le chef régional pour le Québec et le Labrador, Serge Kurtness, a pour sa part appelé à l'unité. « Les chefs du Québec sont solidaires. Quand une coupe frappe une communauté crie en Alberta, elle finit toujours par frapper une communauté innue ou atikamekw », a-t-il affirmé en entrevue.

Les délégués doivent se prononcer jeudi sur une résolution intitulée « Pas de coupes sans consentement », qui demanderait à l'APN d'envisager des recours judiciaires contre le gouvernement fédéral.

La cheffe nationale n'a pas exclu cette avenue. Interrogée par des journalistes à la sortie de la salle, elle a affirmé que l'APN était prête à « utiliser tous les outils à sa disposition ».

« Nous avons gagné devant les tribunaux pour nos enfants. Nous pouvons gagner encore », a-t-elle dit.""",
        [
            ("tourner le dos aux Premières", "Raylene Sinclair-Ahenakew"),
            ("On nous avait promis un", "Raylene Sinclair-Ahenakew"),
            ("Aucun service de première ligne", "Nadia Pelletier-Young"),
            ("Aucun gouvernement dans l'histoire de", "Daniel Caron"),
            ("les dépenses de fonctionnement à", "Daniel Caron"),
            ("Ça fait trente ans que", "conseiller de bande de la Saskatchewan"),
            ("Les chefs du Québec sont", "Serge Kurtness"),
            ("utiliser tous les outils à", "Raylene Sinclair-Ahenakew"),
            ("Nous avons gagné devant les", "Raylene Sinclair-Ahenakew"),
        ],
    ),
    (
        """Police autochtone : le projet de loi promis par Ottawa se fait toujours attendre

Émilie Rancourt
Correspondante parlementaire à Ottawa

Promis depuis 2020, le projet de loi fédéral qui doit faire des services de police des Premières Nations un service essentiel n’a toujours pas été déposé, et les corps de police autochtones disent en payer le prix au quotidien.

Au Service de police de Mishtapeu, en Haute-Mauricie, huit policiers se partagent les quarts de travail pour une population d’environ 2400 personnes. Le directeur, Patrick Chachai-Boivin, résume la situation ainsi : « Nous faisons le travail d’un corps de police municipal avec le budget d’un projet pilote. »

Comme celui de la trentaine de corps de police autochtones du Québec, le financement de son service repose sur des ententes tripartites entre Ottawa, Québec et le conseil de bande, renouvelées tous les cinq ans au mieux. Selon le directeur, cette précarité rend le recrutement « à peu près impossible ».

« Quand un jeune policier me demande s’il aura encore un emploi dans trois ans, je ne peux pas lui répondre. Alors il part pour la Sûreté du Québec, où il sera mieux payé et où il aura un régime de retraite », explique-t-il.

Un policier du service, qui a requis l’anonymat par crainte de représailles, décrit des nuits où un seul agent patrouille l’ensemble du territoire. « Si j’ai un appel de violence conjugale et un accident sur la 25 en même temps, je dois choisir. Personne ne devrait avoir à faire ce choix-là. »

En 2022, le coroner Jean-François Lessard, qui enquêtait sur la mort d’un homme de la communauté, avait conclu que « le sous-financement chronique des corps de police autochtones met des vies en danger ». Il recommandait qu’Ottawa légifère rapidement.

Interpellé mercredi aux Communes par le Bloc québécois, le ministre de la Sécurité publique, Luc Harnois, a assuré que le texte était presque prêt. « Nous voulons un projet de loi qui soit écrit avec les Premières Nations, pas pour elles. Ça prend du temps, et c’est du temps bien investi », a-t-il répondu.

Dans un courriel envoyé au Devoir, Sécurité publique Canada précise que « les consultations avec les partenaires autochtones se sont conclues à l’automne » et que le projet de loi serait déposé « dans les prochains mois ».

La députée bloquiste Marie-Josée Thivierge ne cache pas son impatience. « Ça fait quatre ans qu’on nous dit que c’est pour bientôt. Pendant ce temps, des communautés entières vivent sans protection policière adéquate », a-t-elle dénoncé en point de presse.

À Mishtapeu, le directeur Chachai-Boivin dit ne plus attendre grand-chose des annonces. « On ne demande pas la charité, lance-t-il. On demande d’être traités comme n’importe quelle autre police au pays. »""",
        [
            ("Nous faisons le travail d’un", "Patrick Chachai-Boivin"),
            ("à peu près impossible", "Patrick Chachai-Boivin"),
            ("Quand un jeune policier me", "Patrick Chachai-Boivin"),
            ("Si j’ai un appel de", "policier du service"),
            ("le sous-financement chronique des corps", "Jean-François Lessard"),
            ("Nous voulons un projet de", "Luc Harnois"),
            ("les consultations avec les partenaires", "Sécurité publique Canada"),
            ("dans les prochains mois", "Sécurité publique Canada"),
            ("Ça fait quatre ans qu’on", "Marie-Josée Thivierge"),
            ("On ne demande pas la", "Patrick Chachai-Boivin"),
        ],
    ),
    (
        """Langues autochtones : la commissaire sonne l’alarme sur le financement des écoles d’immersion

Mélanie Desrosiers | ICI Manitoba
Publié le 19 novembre

La commissaire aux langues autochtones, Georgina Okemaw, presse Ottawa d’assurer un financement stable et à long terme aux écoles d’immersion en langues autochtones, dont plusieurs craignent de devoir fermer leurs portes d’ici deux ans.

Dans son premier rapport annuel, intitulé « Nos voix, notre avenir » et déposé mardi au Parlement, la commissaire écrit que la Loi sur les langues autochtones, adoptée en 2019, « n’a pas encore tenu ses promesses sur le terrain ».

En conférence de presse à Winnipeg, elle s’est montrée plus directe. « Chaque année où l’on tarde, des locuteurs nous quittent. On ne parle pas d’un problème abstrait, on parle de langues qui disparaissent sous nos yeux », a-t-elle déclaré.

D’après le rapport, près des trois quarts des langues autochtones parlées au Canada sont considérées comme menacées, et la majorité des locuteurs fluides ont plus de 60 ans.

À l’école Kiskinwahamatowin, dans la Première Nation de Wapikiskow, dans le nord du Manitoba, une centaine d’élèves suivent l’essentiel de leurs cours en cri.

« Nos élèves arrivent en maternelle sans un mot de cri. En troisième année, ils lisent et chantent dans la langue de leurs arrière-grands-parents », raconte la directrice, Sherry Linklater.

« Mais chaque printemps, je dois attendre de savoir si nos subventions seront renouvelées. J’ai perdu deux enseignantes l’an dernier parce que je ne pouvais pas leur garantir un contrat. »

Ayden Spence, 15 ans, fait partie de la première cohorte de l’école. « Quand je parle cri avec ma kokum, elle pleure un peu. Elle dit qu’elle n’aurait jamais cru entendre ça de son vivant », dit l’adolescent.

Le rapport formule 14 recommandations, dont la création d’un fonds permanent consacré à l’immersion et la formation accélérée d’enseignants. « Ce ne sont pas des projets pilotes. Ce sont des écoles, et des écoles, ça se finance à long terme », a insisté Georgina Okemaw.

Dans une réponse écrite, la porte-parole de Patrimoine canadien Julie Sarrazin a indiqué que le gouvernement avait investi « plus de 800 millions de dollars » dans la revitalisation des langues autochtones depuis 2019. « Nous reconnaissons le besoin de prévisibilité exprimé par les communautés et nous examinerons attentivement les recommandations de la commissaire », a-t-elle ajouté.

Le président de l’Union michif de l’Ouest, Albert Nault, souhaite que le michif ne soit pas oublié. « Le michif est né ici, dans les Prairies. S’il disparaît ici, il disparaît partout », a-t-il soutenu.

La commissaire doit comparaître devant le comité sénatorial des peuples autochtones au début du mois de décembre.""",
        [
            ("n’a pas encore tenu ses", "Georgina Okemaw"),
            ("Chaque année où l’on tarde", "Georgina Okemaw"),
            ("Nos élèves arrivent en maternelle", "Sherry Linklater"),
            ("Mais chaque printemps, je dois", "Sherry Linklater"),
            ("Quand je parle cri avec", "Ayden Spence"),
            ("Ce ne sont pas des", "Georgina Okemaw"),
            ("plus de 800 millions de", "Julie Sarrazin"),
            ("Nous reconnaissons le besoin de", "Julie Sarrazin"),
            ("Le michif est né ici", "Albert Nault"),
        ],
    ),
]
