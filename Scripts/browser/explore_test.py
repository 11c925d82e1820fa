#!/usr/bin/env python3
"""The interactive map (`redes explore`) in a real browser: headless Chromium driven by Selenium through
/usr/bin/chromedriver (the driver's path is given, so Selenium Manager downloads nothing), the network switched off.

It writes the pages with the `redes` binary it is given, opens each from file://, and checks what a person would do:
search "Código" and get Código Futuro, filter out the Empresas bloc and count the actors left, click SECREDUC and read
its betweenness equal to `redes analyze`'s (rounded as the panel shows it), switch to the comite-regional-tp scenario
and count the linked pairs it adds (against a count made here from the YAML, independently of Redes), walk the actors
with the keyboard, size the actors by a measure, save the current view as SVG and PNG, print it, read the indicator
board (a custodian's parts against the YAML, the committee's sight against `redes indicators`, what each scenario
changes against its comparison rows), and check that no
request left the page and the console stayed empty (the page passes its own Content Security Policy). A network whose
actor is named <script>alert(1)</script> must show that name as text. Screenshots are left in the output folder.

Usage: explore_test.py REDES NETWORK OUTDIR
Prints one line per check and "N passed, M failed"; exit status 1 when a check fails.
"""
import json
import os
import re
import subprocess
import sys
import time
import unicodedata

import yaml
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

REDES, NETWORK, OUT = sys.argv[1:4]
OUT = os.path.abspath(OUT)
os.makedirs(OUT, exist_ok=True)
DOWNLOADS = os.path.join(OUT, "downloads")
os.makedirs(DOWNLOADS, exist_ok=True)
for name in os.listdir(DOWNLOADS):
    os.remove(os.path.join(DOWNLOADS, name))

passed, failed = 0, 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name}: {detail}")


def redes(*arguments):
    result = subprocess.run([REDES, *arguments], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"redes {' '.join(arguments)} failed: {result.stderr}")
    return result


# ---- The pages, and what they must show, computed here -------------------------------------------------------------
pages = {"es": os.path.join(OUT, "mapa.html"), "en": os.path.join(OUT, "map.html"), "evil": os.path.join(OUT, "evil.html")}
redes("explore", NETWORK, "-o", pages["es"])
redes("explore", NETWORK, "-o", pages["en"], "--lang", "en")
EVIL = os.path.join(OUT, "evil.yaml")
with open(EVIL, "w", encoding="utf-8") as f:
    f.write("""redes: 1
name: "Red <b>mala</b> & </script>"
sources: [{id: s, title: "S </script><script>alert(2)</script>"}]
blocs: [{id: x, name: "<img src=x onerror=alert(3)>"}, {id: y, name: "Y"}]
actors:
  - {id: a, name: "<script>alert(1)</script>", bloc: x}
  - {id: b, name: "B \\"quoted\\" 'single' & more", bloc: y}
  - {id: c, name: "C", bloc: y, sector: "<svg onload=alert(5)>"}
arrangements:
  - {id: m, name: "M </script>", kind: mesa, members: [a, b, c], evidence: {status: documented, source: s, quote: "</script><script>alert(4)</script>"}}
""")
redes("explore", EVIL, "-o", pages["evil"])

with open(NETWORK, encoding="utf-8") as f:
    model = yaml.safe_load(f)
analysis = json.loads(redes("analyze", NETWORK, "--format", "json").stdout)
board = json.loads(redes("indicators", NETWORK, "--format", "json").stdout)


def metric(actor_id, name):
    for row in analysis["actors"]:
        if row["id"] == actor_id:
            return row[name]
    raise KeyError(actor_id)


def spanish(x, decimals=3):
    return f"{x:.{decimals}f}".replace(".", ",")


def pairs(arrangements, ties, actors):
    """Linked pairs of the actor projection: members of one arrangement, ends of a tie (Redes' definition)."""
    out = set()
    for arrangement in arrangements:
        members = [m for m in arrangement["members"] if m in actors]
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a != b:
                    out.add(tuple(sorted((a, b))))
    for tie in ties:
        if tie["source"] in actors and tie["target"] in actors and tie["source"] != tie["target"]:
            out.add(tuple(sorted((tie["source"], tie["target"]))))
    return out


def scenario_pairs(scenario_id):
    """The pairs before and after a scenario of the YAML (add and join, as the scenarios of the bundled file use;
    `agreements` puts indicators under an arrangement and joins no actors)."""
    scenario = next(s for s in model["scenarios"] if s["id"] == scenario_id)
    assert set(scenario) <= {"id", "name", "description", "evidence", "add", "join", "agreements"}, \
        "the check knows add, join and agreements only"
    actors = {a["id"] for a in model["actors"]}
    arrangements = [dict(a) for a in model["arrangements"]]
    ties = list(model.get("ties", []))
    before = pairs(arrangements, ties, actors)
    add = scenario.get("add", {})
    actors |= {a["id"] for a in add.get("actors", [])}
    arrangements += add.get("arrangements", [])
    ties += add.get("ties", [])
    for change in scenario.get("join", []):
        target = next(a for a in arrangements if a["id"] == change["arrangement"])
        target["members"] = target["members"] + change["members"]
    return before, pairs(arrangements, ties, actors)


# The role words of the catalog, written out here: Spanish for the committee's page; the English page uses the YAML's.
ROLE_ORDER = ["produces", "reports", "validates", "uses"]
ROLE_WORDS = {"es": {"custodian": "custodio", "produces": "produce", "reports": "reporta", "validates": "valida", "uses": "usa"},
              "en": {role: role for role in ["custodian"] + ROLE_ORDER}}


def board_parts(actor_id, language):
    """An actor's parts on each indicator as the YAML states them: [indicator name, "custodian, role, role"]."""
    words = ROLE_WORDS[language]
    rows = []
    for k in model.get("indicators", []):
        parts = (["custodian"] if k.get("custodian") == actor_id else []) + \
            [role for role in ROLE_ORDER if any(r["actor"] == actor_id and r["role"] == role for r in k.get("roles", []))]
        if parts:
            name = k.get("name_en", k["name"]) if language == "en" else k["name"]
            rows.append([name, ", ".join(words[p] for p in parts)])
    return rows


def shown_rows(section):
    """The label and values of each row of a panel section, as the page shows them."""
    return js("""var out = [], row = null, box = document.querySelector('#panel [data-section=' + arguments[0] + ']');
                 (box ? box.querySelectorAll('dt, dd') : []).forEach(function (e) {
                   if (e.tagName === 'DT') { row = [e.textContent]; out.push(row); } else if (row) { row.push(e.textContent); } });
                 return out;""", section)


def shown_items(section):
    return js("var box = document.querySelector('#panel [data-section=' + arguments[0] + ']');"
              "return box ? [...box.querySelectorAll('li')].map(li => li.textContent) : []", section)


def fold(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn").lower()


# ---- The browser ---------------------------------------------------------------------------------------------------
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1440,900", "--lang=es"]:
    options.add_argument(argument)
options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
options.add_experimental_option("prefs", {"download.default_directory": DOWNLOADS, "download.prompt_for_download": False})
started = time.time()
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.execute_cdp_cmd("Network.enable", {})
driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                       {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": DOWNLOADS})
js = driver.execute_script


def open_page(path):
    driver.get("file://" + path)
    driver.get_log("browser")  # nothing yet: the log is read again at the end of each page


def visible_actors():
    return js("return [...document.querySelectorAll('#drawing g.actor')].filter(g => getComputedStyle(g).display !== 'none').length")


def shot(name):
    path = os.path.join(OUT, name)
    driver.save_screenshot(path)
    return path


def console():
    return [entry for entry in driver.get_log("browser")]


def requests_left():
    """Every request the page made, from the DevTools log: only the page itself, data: and blob: URLs may appear."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return [u for u in urls if not (u.startswith("file://") or u.startswith("data:") or u.startswith("blob:"))], urls


def wait_for(predicate, seconds=5):
    end = time.time() + seconds
    while time.time() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    return predicate()


try:
    # The Spanish page: the committee's.
    open_page(pages["es"])
    total = len(model["actors"])
    check("opens from file:// with the network off, every actor shown",
          js("return document.getElementById('status').textContent") == f"{total} de {total} actores a la vista",
          js("return document.getElementById('status').textContent"))
    shot("explore-full.png")

    search = driver.find_element(By.ID, "search")
    search.send_keys("Código")
    found = [b.text for b in driver.find_elements(By.CSS_SELECTOR, "#results button")]
    check("search 'Código' gets Código Futuro", found == ["Código Futuro"], found)
    check("the match is marked in the drawing", "match" in driver.find_element(By.ID, "actor-codigo-futuro").get_attribute("class"))
    search.clear()
    search.send_keys("codigo")
    found = [b.text for b in driver.find_elements(By.CSS_SELECTOR, "#results button")]
    check("search without the accent finds it too", found == ["Código Futuro"], found)
    search.clear()
    search.send_keys("liceos emtp")
    expected = sorted(a["name"] for a in model["actors"] if "liceos emtp" in fold(a["name"]))
    found = sorted(b.text for b in driver.find_elements(By.CSS_SELECTOR, "#results button"))
    check("search lists every match", found == expected, (found, expected))
    search.send_keys(Keys.CONTROL, "a")
    search.send_keys(Keys.DELETE)
    js("document.getElementById('search').dispatchEvent(new Event('input'))")

    empresas = driver.find_element(By.CSS_SELECTOR, "input[data-filter=bloc][value=empresas]")
    driver.execute_script("arguments[0].scrollIntoView()", empresas)
    empresas.click()
    expected = sum(1 for a in model["actors"] if a.get("bloc") != "empresas")
    check("filtering out Empresas leaves the other actors", visible_actors() == expected, (visible_actors(), expected))
    check("the status line says how many", js("return document.getElementById('status').textContent")
          == f"{expected} de {total} actores a la vista")
    hidden_lines = js("return [...document.querySelectorAll('#drawing g.edge')].filter(g => getComputedStyle(g).display === 'none').map(g => g.id)")
    companies = {a["id"] for a in model["actors"] if a.get("bloc") == "empresas"}
    to_companies = sorted(js("return Object.keys(window.redesExplorer.lines()).filter(id => window.redesExplorer.lines()[id].ends.some(e => %s.includes(e)))"
                             % json.dumps(["actor-" + c for c in companies])))
    check("exactly the lines to hidden actors are hidden", to_companies and sorted(hidden_lines) == to_companies, (hidden_lines[:5], to_companies[:5]))
    check("the key says what is hidden", "Ocultos por los filtros: Empresas" in driver.find_element(By.ID, "legend").text)
    shot("explore-filtered.png")

    svg_text = js("return window.redesExplorer.exportSVG()")
    check("the saved SVG leaves out what is filtered and carries the key",
          'id="actor-engie"' not in svg_text and "Ocultos por los filtros: Empresas" in svg_text and "documentado" in svg_text,
          svg_text[:200])
    empresas.click()

    secreduc = driver.find_element(By.ID, "actor-secreduc")
    secreduc.click()
    title = driver.find_element(By.ID, "panel-title").text
    shown = driver.find_element(By.CSS_SELECTOR, "#panel tr[data-metric=betweenness] td").text
    reference = spanish(metric("secreduc", "betweenness"))
    check("clicking SECREDUC opens its panel", title == "SECREDUC", title)
    check("its betweenness equals redes analyze's, rounded as shown", shown == reference, (shown, reference))
    degree = driver.find_element(By.CSS_SELECTOR, "#panel tr[data-metric=degree] td").text
    check("its degree equals redes analyze's", degree == str(metric("secreduc", "degree")), degree)
    panel_text = driver.find_element(By.ID, "panel").text
    check("the panel quotes the evidence of its arrangements", "«" in panel_text and "Fuente:" in panel_text)
    shot("explore-panel.png")

    before_d = js("return document.querySelector('#actor-secreduc path').getAttribute('d')")
    Select(driver.find_element(By.ID, "view")).select_by_visible_text(
        next(s["name"] for s in model["scenarios"] if s["id"] == "comite-regional-tp"))
    before, after = scenario_pairs("comite-regional-tp")
    new = sorted(after - before)
    summary = driver.find_element(By.ID, "view-summary").text
    check("the scenario says how many linked pairs it adds",
          summary.startswith(f"Agrega {len(new)} pares vinculados y quita {len(before - after)}"), (summary, len(new)))
    added = js("return [...document.querySelectorAll('#drawing g.edge.added')].map(g => g.id)")
    drawn = set(added)
    nodes = set(js("return [...document.querySelectorAll('#drawing g.arrangement')].map(g => g.id)"))

    def shown_pair(a, b):
        if f"pair-{a}--{b}" in drawn:
            return True
        return any(f"member-{g[len('arrangement-'):]}--{a}" in drawn or f"member-{g[len('arrangement-'):]}--{b}" in drawn
                   for g in nodes if js(f"return !!document.getElementById('member-{g[len('arrangement-'):]}--{a}') && !!document.getElementById('member-{g[len('arrangement-'):]}--{b}')"))

    missing = [p for p in new if not shown_pair(*p)]
    check(f"every added pair is drawn ({len(added)} added lines for {len(new)} pairs)", added and not missing, missing[:5])
    check("the panel stays on SECREDUC, with the scenario's numbers",
          driver.find_element(By.ID, "panel-title").text == "SECREDUC"
          and driver.find_element(By.CSS_SELECTOR, "#panel tr[data-metric=betweenness] td").text
          == spanish(json.loads(redes("analyze", NETWORK, "--scenario", "comite-regional-tp", "--format", "json").stdout)
                     ["actors"][0]["betweenness"]))
    check("every actor keeps its place in the scenario",
          js("return document.querySelector('#actor-secreduc path').getAttribute('d')") == before_d)
    shot("explore-scenario.png")

    Select(driver.find_element(By.ID, "size")).select_by_value("betweenness")
    transform = driver.find_element(By.ID, "actor-secreduc").get_attribute("transform") or ""
    check("size by betweenness scales the actors", "scale(" in transform, transform)
    check("the key says what size means", "intermediación" in driver.find_element(By.ID, "legend").text)
    driver.find_element(By.ID, "zoom-in").click()
    driver.find_element(By.ID, "zoom-in").click()
    box = js("return document.querySelector('#drawing svg').getAttribute('viewBox')")
    driver.find_element(By.ID, "save-svg").click()
    driver.find_element(By.ID, "save-png").click()
    svg_file = os.path.join(DOWNLOADS, "mapa-comite-regional-tp.svg")
    png_file = os.path.join(DOWNLOADS, "mapa-comite-regional-tp.png")
    wait_for(lambda: os.path.exists(svg_file) and os.path.exists(png_file))
    saved = open(svg_file, encoding="utf-8").read() if os.path.exists(svg_file) else ""
    view_boxes = [[float(v) for v in b.split()] for b in re.findall(r'viewBox="([^"]+)"', saved)]
    shown = [float(v) for v in box.split()]
    ratio = js("var d = document.getElementById('drawing'); return d.clientWidth / d.clientHeight")
    inner = view_boxes[1] if len(view_boxes) >= 2 else [0, 0, 1, 1]
    check("Save as SVG writes the current view (zoomed, as the screen shows it, clipped) with its key below",
          len(view_boxes) >= 2 and inner[0] <= shown[0] + 0.01 and inner[1] <= shown[1] + 0.01
          and inner[2] >= shown[2] - 0.01 and inner[3] >= shown[3] - 0.01 and abs(inner[2] / inner[3] - ratio) < 0.01 * ratio
          and abs(view_boxes[0][2] - inner[2]) < 0.01 and view_boxes[0][3] > inner[3] and "agregado" in saved and "intermediación" in saved,
          (box, view_boxes[:2], ratio))
    check("Save as PNG writes a picture", os.path.exists(png_file) and open(png_file, "rb").read(8) == b"\x89PNG\r\n\x1a\n")
    if os.path.exists(png_file):
        os.replace(png_file, os.path.join(OUT, "explore-saved-view.png"))
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True})
    import base64
    with open(os.path.join(OUT, "explore-print.pdf"), "wb") as f:
        f.write(base64.b64decode(pdf["data"]))
    printed = subprocess.run(["pdftotext", "-layout", os.path.join(OUT, "explore-print.pdf"), "-"], capture_output=True, text=True).stdout \
        if subprocess.run(["which", "pdftotext"], capture_output=True).returncode == 0 else None
    if printed is not None:
        check("printing gives the drawing and its key, without the controls",
              "Leyenda" in printed and "agregado" in printed and "Guardar SVG" not in printed and "Buscar un actor" not in printed,
              printed[:300])

    # Keyboard: Tab reaches the actors, Enter opens the panel, Escape goes back.
    Select(driver.find_element(By.ID, "view")).select_by_index(0)
    js("document.getElementById('drawing').focus()")
    driver.switch_to.active_element.send_keys(Keys.TAB)
    focused = driver.switch_to.active_element
    first = model["actors"][0]
    check("Tab from the drawing reaches the first actor", focused.get_attribute("id") == f"actor-{first['id']}",
          focused.get_attribute("id"))
    check("the actor has a name for screen readers", (focused.get_attribute("aria-label") or "").startswith(first["name"] + ", ")
          and focused.get_attribute("role") == "button")
    shot("explore-keyboard.png")
    focused.send_keys(Keys.TAB)
    second = driver.switch_to.active_element
    check("Tab goes on to the next actor", second.get_attribute("id") == f"actor-{model['actors'][1]['id']}")
    second.send_keys(Keys.ENTER)
    check("Enter opens its panel", driver.find_element(By.ID, "panel-title").text == model["actors"][1]["name"]
          and driver.switch_to.active_element.get_attribute("id") == "panel-title")
    driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    check("Escape closes it and goes back to the actor", driver.switch_to.active_element.get_attribute("id") == second.get_attribute("id")
          and driver.find_element(By.ID, "panel-title").text.startswith("Diagnóstico"))
    titles = js("return [...document.querySelectorAll('#drawing g.actor > title')].map(t => t.textContent)")
    check("every actor's SVG title is its name", sorted(titles) == sorted(a["name"] for a in model["actors"]))

    # The indicator board: a custodian's parts as the YAML states them, the committee's sight as `redes indicators` counts it.
    custodians = [k["custodian"] for k in model["indicators"] if k.get("custodian")]
    custodian = "chilevalora" if "chilevalora" in custodians else custodians[0]
    custodian_name = next(a["name"] for a in model["actors"] if a["id"] == custodian)
    expected = board_parts(custodian, "es")
    driver.find_element(By.ID, "zoom-fit").click()
    driver.find_element(By.ID, f"actor-{custodian}").click()
    js("document.querySelector('#panel [data-section=board-actor]').scrollIntoView()")
    check(f"clicking {custodian_name} shows its parts on the board as the YAML states them",
          driver.find_element(By.ID, "panel-title").text == custodian_name and expected and shown_rows("board-actor") == expected,
          (shown_rows("board-actor"), expected))
    items = shown_items("board-actor")
    check("and on how many of the indicators it takes part",
          items[:1] and items[0].startswith(f"Participa en {len(expected)} de los {len(model['indicators'])} indicadores"), items)
    sole = [k["name"] for k in model["indicators"] if [r["actor"] for r in k.get("roles", []) if r["role"] == "produces"] == [custodian]]
    own_gaps = {row[0]: row[1:] for row in shown_rows("board-actor-gaps")}
    single = next((values for label, values in own_gaps.items() if label.startswith("Un solo productor")), [])
    check("and the board's gaps that concern it: it is the sole producer of what the YAML says",
          sole and single == [f"{name} ({custodian_name})" for name in sole], (own_gaps, sole))
    shot("explore-board-custodian.png")
    driver.find_element(By.ID, "panel-close").click()
    committee = board["data_flow"]["committee"]
    sight = re.search(r"ve (\d+) de (\d+) indicadores", " ".join(shown_items("board")))
    check(f"the diagnosis says the committee sees {len(committee['sees'])} of {len(model['indicators'])}, as redes indicators counts",
          sight and (int(sight.group(1)), int(sight.group(2))) == (len(committee["sees"]), len(model["indicators"])), shown_items("board"))
    unseen = [k["name"] for k in model["indicators"] if k["id"] in committee["does_not_see"]]
    check("and names the indicators it does not see", all(name in " ".join(shown_items("board")) for name in unseen), unseen)
    gaps = shown_rows("board-gaps")
    orphans = [k["name"] for k in model["indicators"] if not k.get("custodian")]
    check("and lists every gap category with its indicators (those without a custodian as the YAML has them)",
          len(gaps) == len(board["gaps"]) and all(len(row) > 1 for row in gaps)
          and next((row[1:] for row in gaps if row[0].startswith("Sin custodio")), None) == orphans, (gaps, orphans))
    js("document.querySelector('#panel [data-section=board]').scrollIntoView()")
    shot("explore-board-overview.png")
    rows = {row["id"]: row for row in board["scenarios"]}
    base = rows[None]
    fields = ["committee_sees", "steps_without_channel", "users_reached", "gaps", "indicators"]
    for index, scenario in enumerate(model["scenarios"], start=1):
        Select(driver.find_element(By.ID, "view")).select_by_index(index)
        first = (shown_items("board") or [""])[0]
        row = rows[scenario["id"]]
        if all(row[f] == base[f] for f in fields):
            check(f"scenario {scenario['id']}: the board is unchanged, and the panel says so", first == "Este escenario no cambia el tablero.", first)
        else:
            check(f"scenario {scenario['id']}: the committee's sight changes from {len(base['committee_sees'])} to {len(row['committee_sees'])}",
                  first.startswith(f"Con «{scenario['name']}», el comité ve {len(row['committee_sees'])} de {row['indicators']} indicadores "
                                   f"(hoy {len(base['committee_sees'])})"), first)
            if scenario["id"] == "comite-regional-tp":
                js("document.querySelector('#panel [data-section=board]').scrollIntoView()")
                shot("explore-board-scenario.png")
    Select(driver.find_element(By.ID, "view")).select_by_index(0)

    english = set("""the of and with without from actors ties tie network measures search show all none close
        key print save zoom drawing scenario added removed documented illustrative proposed evidence degree
        betweenness closeness choose linked pairs arrangements""".split())
    text = js("return document.body.innerText + ' ' + [...document.querySelectorAll('[aria-label],[title],[placeholder]')]"
              ".map(e => (e.getAttribute('aria-label') || '') + ' ' + (e.getAttribute('title') || '') + ' ' + (e.getAttribute('placeholder') || '')).join(' ')")
    words = set(re.findall(r"[a-záéíóúñü]+", text.lower()))
    check("no English word in the Spanish page", not (words & english), sorted(words & english))

    leaks, urls = requests_left()
    check("no request left the page", not leaks and js("return performance.getEntriesByType('resource').length") == 0, leaks)
    log = console()
    check("the console stayed empty (the page passes its own CSP)", log == [], log)

    # Phone width.
    driver.set_window_size(390, 844)
    open_page(pages["es"])
    overflow = js("return document.documentElement.scrollWidth - window.innerWidth")
    check("no horizontal scrolling at phone width", overflow <= 0, overflow)
    shot("explore-phone.png")
    driver.find_element(By.ID, "toggle-controls").click()
    check("the filters open behind their button", driver.find_element(By.CSS_SELECTOR, "input[data-filter=bloc]").is_displayed())
    driver.find_element(By.ID, "toggle-controls").click()
    driver.find_element(By.ID, "actor-secreduc").click()
    check("a tap on an actor opens its panel at phone width", driver.find_element(By.ID, "panel-title").text == "SECREDUC")
    shot("explore-phone-panel.png")
    driver.find_element(By.ID, f"actor-{custodian}").click()
    js("document.querySelector('#panel [data-section=board-actor]').scrollIntoView()")
    check("the board in a custodian's panel at phone width", shown_rows("board-actor") == expected)
    shot("explore-board-custodian-phone.png")
    driver.find_element(By.ID, "panel-close").click()
    js("document.querySelector('#panel [data-section=board]').scrollIntoView()")
    overflow = js("return document.documentElement.scrollWidth - window.innerWidth")
    check("the board's diagnosis at phone width, without horizontal scrolling", sight and sight.group(0) in " ".join(shown_items("board"))
          and overflow <= 0, overflow)
    shot("explore-board-overview-phone.png")
    check("the console stayed empty at phone width", console() == [])
    driver.set_window_size(1440, 900)

    # The English page speaks English only.
    open_page(pages["en"])
    spanish_words = set("""de del la el los las y con sin actores vínculos bloque respaldo documentado buscar mostrar
        todos ninguno cerrar leyenda imprimir guardar escenario agregado quitado intermediación""".split())
    driver.find_element(By.ID, "actor-secreduc").click()
    text = js("return document.body.innerText")
    words = set(re.findall(r"[a-záéíóúñü]+", text.lower()))
    names = set(re.findall(r"[a-záéíóúñü]+", " ".join(
        [a["name"] + " " + a.get("full_name", "") + " " + str(a.get("sector", "")) + " " + " ".join(a.get("territories", [])) for a in model["actors"]]
        + [g["name"] + " " + g.get("evidence", {}).get("quote", "") + " " + g.get("evidence", {}).get("reason", "") for g in model["arrangements"]]
        + [b["name"] for b in model["blocs"]] + [model["name"]] + [s["title"] for s in model["sources"]]
        + [t.get("evidence", {}).get("quote", "") + " " + t.get("evidence", {}).get("reason", "") for t in model.get("ties", [])]
        + [t["name"] for t in model.get("territories", [])] + [s["name"] for s in model["scenarios"]]).lower()))
    check("no Spanish word of the tool in the English page", not ((words - names) & spanish_words), sorted((words - names) & spanish_words))
    driver.find_element(By.ID, f"actor-{custodian}").click()
    check("the English panel names the custodian's parts with the YAML's words",
          shown_rows("board-actor") == board_parts(custodian, "en"), (shown_rows("board-actor"), board_parts(custodian, "en")))
    check("the English page's console stayed empty", console() == [])

    # The <script> actor is text.
    open_page(pages["evil"])
    try:
        alert = driver.switch_to.alert.text
    except NoAlertPresentException:
        alert = None
    check("a <script> actor runs nothing", alert is None, alert)
    check("the page has its two script elements only", js("return document.scripts.length") == 2)
    search = driver.find_element(By.ID, "search")
    search.send_keys("script")
    found = [b.text for b in driver.find_elements(By.CSS_SELECTOR, "#results button")]
    check("its name is shown as text", found == ["<script>alert(1)</script>"], found)
    driver.find_elements(By.CSS_SELECTOR, "#results button")[0].click()
    panel_text = driver.find_element(By.ID, "panel").text
    check("its panel shows names, quotes and sources as text",
          driver.find_element(By.ID, "panel-title").text == "<script>alert(1)</script>"
          and "«</script><script>alert(4)</script>»" in panel_text and "S </script><script>alert(2)</script>" in panel_text,
          panel_text[:300])
    check("the title and the filters show markup as text", driver.title == "Red <b>mala</b> & </script>"
          and "<img src=x onerror=alert(3)>" in driver.find_element(By.ID, "controls").text)
    check("no image, SVG or script was injected",
          js("return document.querySelectorAll('img').length + document.querySelectorAll('#panel svg, #results svg').length") == 0)
    log = console()
    check("the console stayed empty on the hostile page", log == [], log)
    leaks, urls = requests_left()
    check("no request left the hostile page", not leaks, leaks)
finally:
    driver.quit()

print(f"browser: {time.time() - started:.1f} s; screenshots in {OUT}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
