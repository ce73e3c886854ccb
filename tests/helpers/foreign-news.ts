/**
 * News in the languages European wire services write in besides English
 * (dpa, AFP, EFE), written for the tests: per language, unrelated reports
 * (a budget, a football match, a storm, a company's results) and one
 * report rewritten by a second outlet. Unrelated reports in one language
 * share nothing but its grammar ("und", "der", "nicht"; "les", "dans",
 * "qu'il"), which a frequency list of English cannot know is common.
 */
export interface ForeignReport {
  id: string;
  language: 'de' | 'fr' | 'es';
  /** Reports with the same event are one story. */
  event: string;
  title: string;
  text: string;
}

export const FOREIGN_NEWS: ForeignReport[] = [
  {
    id: 'de-heizung-1',
    language: 'de',
    event: 'heizung',
    title: 'Bundesregierung beschließt Förderung für Wärmepumpen',
    text: `Die Bundesregierung hat am Mittwoch in Berlin ein neues Gesetz zur Förderung von Wärmepumpen beschlossen. Nach Angaben des Wirtschaftsministeriums sollen Hausbesitzer künftig bis zu 70 Prozent der Kosten für den Einbau erstattet bekommen. Die Förderung soll ab Januar gelten und aus dem Klima- und Transformationsfonds finanziert werden.

Die Opposition kritisierte den Entwurf als zu teuer und zu bürokratisch. Der Bundestag soll noch vor der Sommerpause über das Gesetz abstimmen. Es sei nicht klar, wie die Kommunen die Wärmeplanung bis zum Jahr 2028 abschließen sollten, sagte der Fraktionsvize der Union. Auch die Linke sprach von einem Gesetz, das an den Sorgen der Mieter vorbeigehe.

Verbraucherschützer begrüßten die Pläne, forderten aber eine bessere Beratung für Mieter, die von den Kosten der Sanierung nicht überrollt werden dürften. Der Vermieter dürfe die Modernisierung nur zum Teil auf die Miete umlegen, heißt es in dem Entwurf. Der Deutsche Mieterbund hält auch das noch für zu viel und will, dass die Umlage auf 50 Cent je Quadratmeter begrenzt wird.

Der Minister sagte, es sei ein wichtiger Schritt für den Klimaschutz und für die Unabhängigkeit von Gas aus dem Ausland. Wer jetzt eine alte Ölheizung austausche, werde mit einem Bonus belohnt. Die Hersteller von Wärmepumpen hatten zuletzt über eine sinkende Nachfrage geklagt, weil viele Eigentümer auf die Entscheidung der Regierung gewartet hatten.`,
  },
  {
    id: 'de-heizung-2',
    language: 'de',
    event: 'heizung',
    title: 'Kabinett billigt Zuschüsse für den Heizungstausch',
    text: `Das Bundeskabinett hat die neuen Zuschüsse für den Tausch alter Heizungen gebilligt. Eigentümer, die eine Wärmepumpe einbauen, können demnach bis zu 70 Prozent der Kosten vom Staat zurückbekommen, wie das Wirtschaftsministerium am Mittwoch in Berlin mitteilte. Das Geld kommt aus dem Klima- und Transformationsfonds, die Regeln gelten ab Januar.

Kritik kam von der Union, die das Gesetz für zu teuer hält. Ihr Fraktionsvize sagte, die Kommunen könnten ihre Wärmeplanung kaum bis 2028 fertigstellen. Der Bundestag will vor der Sommerpause abstimmen.

Der Deutsche Mieterbund verlangt, dass Vermieter die Kosten der Modernisierung höchstens mit 50 Cent je Quadratmeter auf die Miete umlegen dürfen. Verbraucherschützer fordern zudem eine unabhängige Beratung. Der Minister sprach von einem Schritt zu mehr Klimaschutz und weniger Gas aus dem Ausland; für den Austausch einer alten Ölheizung gebe es einen zusätzlichen Bonus. Die Hersteller von Wärmepumpen hoffen nun auf ein Ende der Flaute bei den Bestellungen.`,
  },
  {
    id: 'de-fussball',
    language: 'de',
    event: 'fussball',
    title: 'Bayern gewinnt das Spitzenspiel gegen Dortmund',
    text: `Der FC Bayern München hat das Spitzenspiel der Bundesliga gegen Borussia Dortmund mit 3:1 gewonnen. Vor 75.000 Zuschauern in der ausverkauften Allianz Arena erzielte Harry Kane zwei Tore, Jamal Musiala traf zum zwischenzeitlichen 2:0. Dortmund kam durch einen Kopfball von Niclas Füllkrug kurz nach der Pause noch einmal heran, doch die Münchner ließen in der Schlussphase nichts mehr zu.

Mit dem Sieg bauen die Bayern ihren Vorsprung an der Tabellenspitze auf fünf Punkte aus. Trainer Thomas Tuchel lobte die Leistung seiner Mannschaft und sagte, das Team habe vor allem in der ersten Halbzeit überzeugt. Es sei ein Spiel gewesen, in dem man nicht viel zugelassen habe, und die Mannschaft sei nach dem Anschlusstor ruhig geblieben.

Dortmund bleibt auf dem vierten Platz und muss am Dienstag in der Champions League gegen Paris antreten. Sportdirektor Sebastian Kehl sagte, man habe zu viele einfache Fehler gemacht und sei in den entscheidenden Momenten nicht wach genug gewesen. Torwart Gregor Kobel hatte mit mehreren Paraden eine höhere Niederlage verhindert.

Für die Bayern war es der achte Sieg in Folge in der Liga. Kane hat damit in dieser Saison bereits 24 Tore erzielt, so viele wie kein anderer Spieler nach 19 Spieltagen. Am kommenden Samstag spielen die Münchner auswärts in Freiburg, Dortmund empfängt den VfL Wolfsburg.`,
  },
  {
    id: 'de-unwetter',
    language: 'de',
    event: 'unwetter',
    title: 'Unwetter richtet schwere Schäden in Sachsen an',
    text: `Heftige Gewitter mit Starkregen und Hagel haben in der Nacht zum Samstag in Sachsen schwere Schäden angerichtet. In Dresden und Chemnitz liefen zahlreiche Keller voll, umgestürzte Bäume blockierten Straßen und Bahnstrecken. Die Feuerwehr rückte nach eigenen Angaben zu mehr als 400 Einsätzen aus. Verletzt wurde nach ersten Erkenntnissen niemand.

Der Deutsche Wetterdienst hatte vor Unwettern gewarnt und rechnet auch für Sonntag mit weiteren Gewittern im Osten des Landes. In einigen Orten im Erzgebirge fielen innerhalb einer Stunde mehr als 60 Liter Regen pro Quadratmeter. Kleine Bäche traten über die Ufer, in Annaberg-Buchholz wurde eine Straße von einer Schlammlawine verschüttet.

Die Deutsche Bahn stellte den Verkehr zwischen Dresden und Leipzig zeitweise ein, weil ein Baum in die Oberleitung gestürzt war. Reisende mussten stundenlang warten, bis Busse als Ersatz bereitstanden. Auch auf der Autobahn 4 kam es nach Aquaplaning zu mehreren Unfällen.

Ein Sprecher der Stadt Chemnitz sagte, die Aufräumarbeiten würden noch mehrere Tage dauern und die Schäden seien noch nicht abzuschätzen. Der Ministerpräsident kündigte an, sich am Montag selbst ein Bild von der Lage zu machen, und stellte den betroffenen Gemeinden schnelle Hilfe des Landes in Aussicht.`,
  },
  {
    id: 'de-lufthansa',
    language: 'de',
    event: 'lufthansa',
    title: 'Lufthansa meldet Rekordgewinn',
    text: `Die Lufthansa hat im vergangenen Jahr so viel verdient wie nie zuvor. Der operative Gewinn stieg nach Angaben des Konzerns auf 2,7 Milliarden Euro, der Umsatz wuchs um 15 Prozent auf 35 Milliarden Euro. Vor allem die starke Nachfrage nach Urlaubsreisen und das Frachtgeschäft hätten zu dem Ergebnis beigetragen, teilte das Unternehmen am Donnerstag in Frankfurt mit.

Vorstandschef Carsten Spohr kündigte an, die Flotte in den kommenden Jahren zu modernisieren und neue Langstreckenflugzeuge zu bestellen. Bis 2030 sollen mehr als 200 neue Maschinen ausgeliefert werden. Die Aktionäre sollen eine Dividende von 30 Cent je Aktie erhalten, nachdem sie in den Jahren der Pandemie leer ausgegangen waren.

Gewerkschaften forderten angesichts der Zahlen höhere Löhne für das Bodenpersonal und die Piloten, die zuletzt mehrfach gestreikt hatten. Die Vereinigung Cockpit sprach von einem Ergebnis, das die Beschäftigten erarbeitet hätten. Verdi will in der kommenden Woche über neue Warnstreiks beraten.

Für das laufende Jahr ist der Konzern vorsichtiger. Die hohen Kosten für Kerosin und Personal dürften den Gewinn drücken, sagte der Finanzvorstand. An der Börse verlor die Aktie nach der Vorlage der Zahlen zeitweise mehr als drei Prozent.`,
  },
  {
    id: 'fr-budget-1',
    language: 'fr',
    event: 'budget',
    title: 'Le gouvernement présente un budget de rigueur',
    text: `Le gouvernement a présenté mercredi à Paris son projet de budget pour l'année prochaine. Selon le ministre de l'Économie, le déficit public doit être ramené à 4,4 % du produit intérieur brut grâce à des économies de 40 milliards d'euros dans les dépenses de l'État et des collectivités locales. Il s'agit, selon lui, de l'effort le plus important depuis vingt ans.

L'opposition a dénoncé un budget d'austérité qui pèsera sur les ménages les plus modestes. Les députés commenceront l'examen du texte à l'Assemblée nationale le mois prochain, et le gouvernement n'exclut pas d'avoir recours au 49.3 s'il ne trouve pas de majorité. La présidente du groupe socialiste a estimé que les services publics allaient payer le prix de ces économies.

Le ministre a assuré que les impôts des classes moyennes ne seraient pas augmentés et que les investissements dans la transition écologique seraient préservés, malgré la pression de la Commission européenne sur les finances publiques de la France. Une contribution exceptionnelle sera toutefois demandée aux grandes entreprises dont le chiffre d'affaires dépasse un milliard d'euros.

Les syndicats de fonctionnaires ont appelé à une journée de mobilisation contre le gel du point d'indice. Les économistes, eux, restent sceptiques sur la capacité du gouvernement à tenir ses objectifs si la croissance n'atteint pas 1,1 % l'an prochain.`,
  },
  {
    id: 'fr-budget-2',
    language: 'fr',
    event: 'budget',
    title: "Budget : 40 milliards d'euros d'économies pour réduire le déficit",
    text: `Quarante milliards d'euros d'économies : c'est l'effort que prévoit le projet de budget présenté mercredi en Conseil des ministres. L'objectif affiché par le ministre de l'Économie est de ramener le déficit public à 4,4 % du PIB l'an prochain, malgré une croissance attendue à seulement 1,1 %.

Les dépenses de l'État et des collectivités locales seront les premières concernées. Les grandes entreprises réalisant plus d'un milliard d'euros de chiffre d'affaires devront verser une contribution exceptionnelle, tandis que les impôts des classes moyennes ne bougeront pas, a promis le ministre, qui a également assuré que les crédits de la transition écologique seraient maintenus.

À gauche comme à l'extrême droite, l'opposition dénonce un budget d'austérité. L'examen du texte débutera le mois prochain à l'Assemblée nationale, où le gouvernement ne dispose pas de majorité et pourrait recourir au 49.3. Les syndicats de fonctionnaires, opposés au gel du point d'indice, prévoient une journée de mobilisation.`,
  },
  {
    id: 'fr-football',
    language: 'fr',
    event: 'football',
    title: "Le PSG s'impose face à Marseille",
    text: `Le Paris Saint-Germain a remporté le classique face à l'Olympique de Marseille sur le score de deux buts à zéro, dimanche soir au Parc des Princes. Kylian Mbappé a ouvert le score juste avant la pause d'une frappe enroulée, avant que Ousmane Dembélé ne double la mise en fin de match, servi par Vitinha après une longue course sur le côté droit.

Les Marseillais, réduits à dix après l'expulsion de leur défenseur central à l'heure de jeu, n'ont jamais réussi à inquiéter le gardien parisien. Leur entraîneur a regretté un carton rouge qu'il juge sévère et estimé que son équipe avait fait jeu égal pendant quarante minutes.

Grâce à cette victoire, le PSG conforte sa place de leader de la Ligue 1 avec six points d'avance sur Monaco. L'entraîneur parisien a salué la solidité de son équipe et la prestation de ses jeunes joueurs, dont Warren Zaïre-Emery, élu homme du match. Il a aussi annoncé que son capitaine, touché à la cheville, passerait des examens lundi.

Marseille recule à la cinquième place et devra se reprendre jeudi en Ligue Europa. Le prochain match du PSG aura lieu samedi à Lens, dans un stade Bollaert qui affiche déjà complet.`,
  },
  {
    id: 'fr-incendie',
    language: 'fr',
    event: 'incendie',
    title: 'Incendie dans une usine chimique près de Rouen',
    text: `Un important incendie s'est déclaré dans la nuit de jeudi à vendredi dans une usine chimique de la banlieue de Rouen, en Normandie. Une épaisse fumée noire était visible à plusieurs kilomètres et les habitants des communes voisines ont reçu la consigne de rester chez eux et de fermer leurs fenêtres. Les écoles de onze communes resteront fermées vendredi.

Selon la préfecture, plus de 200 pompiers ont été mobilisés pour maîtriser les flammes, et aucun blessé n'est à déplorer. Le feu, parti d'un entrepôt où étaient stockés des fûts de lubrifiants, a été circonscrit en fin de matinée. Des analyses de la qualité de l'air sont en cours, et leurs résultats seront publiés dans la journée.

Le parquet a ouvert une enquête pour déterminer les causes du sinistre, tandis que des associations de riverains réclament davantage de transparence sur les produits stockés sur le site, classé Seveso seuil haut. Le maire de la commune a dit avoir été prévenu à trois heures du matin et a dénoncé un manque d'information.

La ministre de la Transition écologique doit se rendre sur place dans l'après-midi. Les agriculteurs des environs ont été invités à ne pas récolter leurs légumes avant la publication des premiers prélèvements.`,
  },
  {
    id: 'es-elecciones-1',
    language: 'es',
    event: 'elecciones',
    title: 'El Gobierno convoca elecciones anticipadas para julio',
    text: `El presidente del Gobierno anunció este lunes la disolución de las Cortes y la convocatoria de elecciones generales anticipadas para el próximo 23 de julio, tras los malos resultados de su partido en las elecciones municipales y autonómicas del domingo. La decisión, comunicada en una breve comparecencia en el Palacio de la Moncloa, sorprendió a la mayoría de los dirigentes de su propio partido.

Según explicó, los resultados exigen que los españoles se pronuncien cuanto antes sobre el rumbo político del país. La oposición, que había ganado en la mayoría de las capitales de provincia, celebró el anuncio y aseguró que está preparada para gobernar. Su líder dijo que el adelanto electoral era la consecuencia de un cambio de ciclo que ya no se podía frenar.

Los socios del Gobierno criticaron que no se les hubiera consultado antes. La convocatoria obligará a los partidos a cerrar sus listas en pocas semanas y a hacer campaña en pleno verano, algo que no ocurría desde hace décadas. Los expertos advierten de que la participación podría verse afectada por las vacaciones.

La Junta Electoral Central recordó que los ciudadanos que estén fuera de su domicilio el día de la votación podrán votar por correo, y que el plazo para solicitarlo comenzará la próxima semana.`,
  },
  {
    id: 'es-elecciones-2',
    language: 'es',
    event: 'elecciones',
    title: 'Elecciones generales el 23 de julio tras el revés en las municipales',
    text: `España votará el 23 de julio. El presidente del Gobierno disolvió este lunes las Cortes y adelantó las elecciones generales, un día después del duro revés sufrido por su partido en las municipales y autonómicas, en las que la oposición se impuso en la mayoría de las capitales de provincia.

En una comparecencia en la Moncloa, el presidente defendió que los españoles debían pronunciarse cuanto antes. El líder de la oposición celebró el adelanto y habló de un cambio de ciclo, mientras los socios del Gobierno lamentaron no haber sido consultados.

Será la primera campaña en pleno verano en décadas, y los partidos tendrán pocas semanas para cerrar sus listas. La Junta Electoral Central ya ha recordado que quienes estén de vacaciones podrán votar por correo, con un plazo de solicitud que se abrirá la próxima semana.`,
  },
  {
    id: 'es-sequia',
    language: 'es',
    event: 'sequia',
    title: 'Cataluña decreta la emergencia por sequía',
    text: `El Gobierno catalán decretó este viernes el estado de emergencia por sequía en Barcelona y otros 200 municipios, después de que los embalses que abastecen a la región cayeran por debajo del 16 % de su capacidad. La medida, que afecta a unos seis millones de personas, limita el consumo de agua a 200 litros por habitante y día e incluye restricciones para la agricultura y la industria.

Según la consejera de Acción Climática, se trata de la peor sequía desde que existen registros. Los ayuntamientos no podrán regar los parques con agua potable ni llenar las piscinas públicas, y las duchas de los gimnasios podrán cerrarse si la situación empeora. Los agricultores deberán reducir el riego en un 80 %, lo que, según sus organizaciones, pondrá en peligro miles de explotaciones.

El Gobierno ha anunciado la instalación de una planta desalinizadora flotante en el puerto de Barcelona y el transporte de agua en barco desde otras regiones si no llueve en las próximas semanas. La oposición acusó al ejecutivo de no haber invertido a tiempo en infraestructuras.

Los meteorólogos no prevén lluvias importantes antes de la primavera. Las autoridades han pedido a los ciudadanos que cierren el grifo mientras se cepillan los dientes y que utilicen el lavavajillas solo cuando esté lleno.`,
  },
];
