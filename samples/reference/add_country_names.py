#!/usr/bin/env python3
"""Adds country names in more languages to countries.json, from Debian's iso-codes.

Source: the `iso-codes` package (Debian 12: 4.15.0), which ships the ISO 3166-1
list (/usr/share/iso-codes/json/iso_3166-1.json) and its names translated by the
Translation Project as gettext catalogues
(/usr/share/locale/<lang>/LC_MESSAGES/iso_3166-1.mo; LGPL-2.1+). For each country of
countries.json this looks its ISO name up in each catalogue and keeps the
translation; a name the catalogue leaves untranslated is not added (a document then
prints the English name). Names already in countries.json are kept as they are:
the French and Russian ones were curated before, and the entries below the
catalogues (KNOWN_GAPS, FORMER_NAMES, XK) are ours, named as such in the file.

Run it again after updating iso-codes; it rewrites countries.json in place.
"""
import gettext
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIST = os.path.join(HERE, "countries.json")
ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
# Our language tag -> the catalogue's locale directory.
LANGUAGES = {"fr": "fr", "ru": "ru", "de": "de", "it": "it", "es": "es", "sq": "sq", "bs": "bs", "hr": "hr",
             "mk": "mk", "sr": "sr", "sr-Latn": "sr@latin"}

# Names the catalogues lack for the region's own countries (checked against each
# government's own usage in its language).
KNOWN_GAPS = {
    "MK": {"mk": "Северна Македонија", "sq": "Maqedonia e Veriut", "sr": "Северна Македонија",
           "sr-Latn": "Severna Makedonija", "bs": "Sjeverna Makedonija", "hr": "Sjeverna Makedonija"},
}

# Kosovo is not in ISO 3166-1 (XK is user-defined), so no catalogue has it.
XK = {"de": "Kosovo", "it": "Kosovo", "es": "Kosovo", "sq": "Kosova", "bs": "Kosovo", "hr": "Kosovo",
      "mk": "Косово", "sr": "Косово", "sr-Latn": "Kosovo"}

# The name North Macedonia used until the Prespa Agreement took effect
# (12 February 2019), as the UN and the OSCE wrote it in each language.
FORMER_NAMES = {
    "MK": [{"name": "the former Yugoslav Republic of Macedonia", "until": "2019-02-12",
            "names": {"fr": "l’ex-République yougoslave de Macédoine",
                      "ru": "бывшая югославская Республика Македония",
                      "de": "die ehemalige jugoslawische Republik Mazedonien",
                      "it": "l’ex Repubblica jugoslava di Macedonia",
                      "es": "la ex República Yugoslava de Macedonia",
                      "sq": "ish-Republika Jugosllave e Maqedonisë",
                      "bs": "bivša jugoslovenska Republika Makedonija",
                      "hr": "bivša jugoslavenska Republika Makedonija",
                      "mk": "поранешна југословенска Република Македонија",
                      "sr": "бивша југословенска Република Македонија",
                      "sr-Latn": "bivša jugoslovenska Republika Makedonija"}}],
}


def catalogue(locale):
    path = f"/usr/share/locale/{locale}/LC_MESSAGES/iso_3166-1.mo"
    with open(path, "rb") as f:
        return gettext.GNUTranslations(f)


def main():
    if not os.path.exists(ISO):
        sys.exit("iso-codes is not installed: apt-get install iso-codes")
    iso = {c["alpha_2"]: c for c in json.load(open(ISO, encoding="utf-8"))["3166-1"]}
    catalogues = {tag: catalogue(locale) for tag, locale in LANGUAGES.items()}
    data = json.load(open(LIST, encoding="utf-8"))
    for country in data["countries"]:
        code = country["code"]
        names = country.setdefault("names", {})
        entry = iso.get(code)
        for tag, cat in catalogues.items():
            if tag in names:
                continue
            if code == "XK":
                if tag in XK:
                    names[tag] = XK[tag]
                continue
            if tag in KNOWN_GAPS.get(code, {}):
                names[tag] = KNOWN_GAPS[code][tag]
                continue
            if entry is None:
                continue
            msgid = entry.get("common_name", entry["name"])
            translated = cat.gettext(msgid)
            if translated == msgid and entry["name"] != msgid:
                msgid = entry["name"]
                translated = cat.gettext(msgid)
            if translated != msgid or tag in ("de", "it", "es") and translated == country["name"]:
                names[tag] = translated
        if code in FORMER_NAMES:
            country["formerNames"] = FORMER_NAMES[code]
    with open(LIST, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
