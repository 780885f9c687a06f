"""Realistic pairs of actions for tuning and testing Q013 (likely-overlapping-action).

Each pair is (title, description) of a municipality's own action and of a joint or another plan's
action. OVERLAPS describe the same work in other words; NEAR_MISSES share the target group or the
field but are different work, which a regional hyte team would not merge.
"""

from __future__ import annotations

Pair = tuple[tuple[str, str], tuple[str, str]]

OVERLAPS: list[Pair] = [
    (
        (
            "Ikäihmisten kaatumisten ehkäisyn ryhmät",
            "Lihaskunto- ja tasapainoryhmät kotona asuville.",
        ),
        ("Kaatumisia ehkäisevä toimintamalli ikääntyneille", "Kaatumisriskin arviointi ja ryhmät."),
    ),
    (
        (
            "Lasten ja nuorten painonhallinnan hoitopolku",
            "Ylipainoisten lasten ohjaus neuvolasta kouluterveydenhuoltoon.",
        ),
        (
            "Ylipainoisten lasten ja nuorten painonhallintaryhmät",
            "Perheryhmät ja yhteinen hoitoketju.",
        ),
    ),
    (
        ("Mielenterveyden ensiapukoulutukset ammattilaisille", ""),
        ("Mielenterveyden ensiapu -koulutus kunnan työntekijöille", "MTEA1-koulutukset."),
    ),
    (
        ("Päihteiden puheeksiotto sosiaali- ja terveyspalveluissa", "Audit-kysely vastaanotoilla."),
        ("Päihdeasioiden puheeksioton malli sote-palveluihin", "Puheeksiotto ja mini-interventio."),
    ),
    (
        ("Perhekeskuksen kohtaamispaikat kuntiin", "Avoimet kohtaamispaikat lapsiperheille."),
        ("Lapsiperheiden kohtaamispaikka perhekeskuksen yhteyteen", ""),
    ),
    (
        (
            "Liikuntaneuvonnan yhteinen palveluketju",
            "Liikuntaneuvonta ja elintapaohjaus ohjaavat asiakkaita toisilleen.",
        ),
        (
            "Liikuntaneuvonta aikuisille",
            "Liikuntaneuvonnan asiakkaat ohjataan elintapaohjauksesta.",
        ),
    ),
    (
        ("Lähisuhdeväkivallan riskinarviointi (MARAK) koko alueelle", ""),
        ("MARAK-riskinarviointi lähisuhdeväkivallan uhreille", "Moniammatillinen riskinarviointi."),
    ),
    (
        ("Kiusaamisen vastainen toimintamalli kaikkiin kouluihin", ""),
        (
            "Koulukiusaamisen ehkäisyn malli perusopetukseen",
            "Yhteinen kiusaamisen vastainen malli.",
        ),
    ),
    (
        (
            "Yksinäisyyttä kokevien ikäihmisten ystävätoiminta",
            "Vapaaehtoiset ystävät kotona asuville.",
        ),
        ("Ystäväpalvelu yksinäisille ikääntyneille", "Järjestöjen vapaaehtoiset ystävät."),
    ),
    (
        ("Mielenterveystaitojen tunnit yläkouluissa", ""),
        (
            "Nuorten mielenterveystaitojen opetus oppitunneilla",
            "Mielenterveystaidot 7.–9. luokille.",
        ),
    ),
    (
        (
            "Etsivä nuorisotyö kaikkiin kuntiin",
            "Etsivät nuorisotyöntekijät tavoittavat koulutuksen ulkopuolella olevia.",
        ),
        ("Etsivän nuorisotyön vahvistaminen", "Lisää etsiviä nuorisotyöntekijöitä."),
    ),
    (
        ("Työttömien terveystarkastukset", "Terveystarkastus ja työkyvyn arviointi."),
        ("Terveystarkastukset työttömille työnhakijoille", ""),
    ),
    (
        ("Harrastamisen Suomen malli yläkouluissa", "Maksuton harrastus koulupäivän yhteydessä."),
        ("Koulupäivän yhteyteen maksuton harrastustoiminta (Suomen malli)", ""),
    ),
]

NEAR_MISSES: list[Pair] = [
    (
        (
            "Ikäihmisten kaatumisten ehkäisyn ryhmät",
            "Lihaskunto- ja tasapainoryhmät kotona asuville.",
        ),
        ("Ikäihmisten digituki ja kohtaamispaikat", "Digiopastus kirjastoissa."),
    ),
    (
        (
            "Liikuntaneuvonnan yhteinen palveluketju",
            "Liikuntaneuvonta ja elintapaohjaus ohjaavat asiakkaita toisilleen.",
        ),
        ("Liikuntapaikkojen esteettömyyden parantaminen", "Esteettömät reitit ja pukuhuoneet."),
    ),
    (
        (
            "Lasten ja nuorten painonhallinnan hoitopolku",
            "Ylipainoisten lasten ohjaus neuvolasta kouluterveydenhuoltoon.",
        ),
        ("Lasten ja nuorten harrastustakuu", "Jokaiselle lapselle mieluisa harrastus."),
    ),
    (
        ("Päihteiden puheeksiotto sosiaali- ja terveyspalveluissa", "Audit-kysely vastaanotoilla."),
        (
            "Työpaikkojen päihdeohjelmien päivitys",
            "Kunnan työpaikkojen päihdeohjelma ajan tasalle.",
        ),
    ),
    (
        ("Perhekeskuksen kohtaamispaikat kuntiin", "Avoimet kohtaamispaikat lapsiperheille."),
        (
            "Vanhemmuuden tuen menetelmien arviointi",
            "Vanhemmuuden tuen ryhmämenetelmät arvioidaan.",
        ),
    ),
    (
        ("Mielenterveyden ensiapukoulutukset ammattilaisille", ""),
        ("Elintapaohjauksen koulutukset ammattilaisille", "Maksuttomat koulutukset."),
    ),
    (
        ("Kiusaamisen vastainen toimintamalli kaikkiin kouluihin", ""),
        (
            "Kouluruokailun ja välipalojen kehittäminen",
            "Terveellinen välipala kaikille koululaisille.",
        ),
    ),
    (
        (
            "Etsivä nuorisotyö kaikkiin kuntiin",
            "Etsivät nuorisotyöntekijät tavoittavat koulutuksen ulkopuolella olevia.",
        ),
        (
            "Nuorisovaltuuston vaikuttamismahdollisuudet",
            "Nuorisovaltuusto kuullaan ennen päätöksiä.",
        ),
    ),
    (
        ("Ikääntyneiden liikuntaryhmät asukastuville", "Ohjatut liikuntaryhmät lähellä kotia."),
        ("Ikääntyneiden ravitsemuksen seuranta kotihoidossa", "Ravitsemustilan arviointi."),
    ),
    (
        ("Mielenterveystaitojen tunnit yläkouluissa", ""),
        ("Nuorten päihdekasvatus kouluissa", "Päihdekasvatuksen oppitunnit."),
    ),
    (
        ("Työttömien terveystarkastukset", "Terveystarkastus ja työkyvyn arviointi."),
        ("Kuntouttava työtoiminta", "Pitkäaikaistyöttömille työtoimintaa."),
    ),
    (
        ("Lähisuhdeväkivallan riskinarviointi (MARAK) koko alueelle", ""),
        ("Seksuaalikasvatus kouluissa", "Turvataitokasvatus ja seksuaalikasvatus."),
    ),
    (
        (
            "Yksinäisyyttä kokevien ikäihmisten ystävätoiminta",
            "Vapaaehtoiset ystävät kotona asuville.",
        ),
        ("Ikäihmisten kyläkuntosalit", "Kuntosalit kyläkouluille."),
    ),
]
