#!/usr/bin/env python3
"""The survey's .xlsx through an independent spreadsheet library: openpyxl opens the template `redes survey template`
wrote, finds its drop-down lists (data validation) on every answer column, fills answers as a person would (seeded),
saves the workbook the way openpyxl saves (shared strings, numbers), and `redes survey import` must read back exactly
the ties that were filled.

    python3 Scripts/survey/check_xlsx_with_openpyxl.py REDES NETWORK.yaml FOLDER

Needs Python 3 with openpyxl and pyyaml. Exits 1 with a message on the first difference.
"""
import json, random, subprocess, sys, os
import openpyxl, yaml

redes, network_path, folder = sys.argv[1:4]
os.makedirs(folder, exist_ok=True)
template = os.path.join(folder, 'encuesta.xlsx')
subprocess.run([redes, 'survey', 'template', network_path, '-o', template], check=True, capture_output=True)

wb = openpyxl.load_workbook(template)
assert wb.sheetnames == ['instrucciones', 'encuesta', 'listas'], wb.sheetnames
ws = wb['encuesta']
header = [c.value for c in ws[1]]
assert header == ['encuestado', 'actor', 'bloque', 'colabora', 'frecuencia', 'canal 1', 'canal 2', 'canal 3', 'rol'], header
validations = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
last = ws.max_row
assert validations.get(f'D2:D{last}') == 'listas!$A$2:$A$3', validations
assert validations.get(f'E2:E{last}') == 'listas!$B$2:$B$6', validations
assert any(k.startswith(f'F2:F{last}') for k in validations), validations
choices = [r[0] for r in wb['listas'].iter_rows(min_row=2, min_col=3, max_col=3, values_only=True) if r[0]]

network = yaml.safe_load(open(network_path))
by_name = {a['name']: a['id'] for a in network['actors']}
kinds = {'convenio': 'convenio', 'mesa': 'mesa', 'programa': 'program', 'mecanismo': 'mechanism', 'comité': 'committee',
         'proyecto': 'project'}
by_arrangement = {a['name']: a['id'] for a in network.get('arrangements', [])}
levels = {'anual': 1, 'trimestral': 2, 'mensual': 3, 'semanal': 4}
random.seed(21)
silent = {ws.cell(2, 1).value, ws.cell(200, 1).value}
expected = {}
for r in range(2, last + 1):
    respondent, actor = ws.cell(r, 1).value, ws.cell(r, 2).value
    if respondent in silent:
        continue
    x = random.random()
    if x < 0.15:
        ws.cell(r, 4).value = random.choice(['sí', 'Si', 'x', 1])
        frequency = random.choice(list(levels))
        ws.cell(r, 5).value = frequency
        channel = random.choice(choices) if random.random() < 0.4 else None
        ws.cell(r, 6).value = channel
        key = tuple(sorted([by_name[respondent], by_name[actor]]))
        entry = expected.setdefault(key, {'respondents': set(), 'frequency': 0, 'channels': set()})
        entry['respondents'].add(by_name[respondent])
        entry['frequency'] = max(entry['frequency'], levels[frequency])
        if channel:
            entry['channels'].add(kinds.get(channel) or by_arrangement[channel])
    elif x < 0.5:
        ws.cell(r, 4).value = 'no'
answers = os.path.join(folder, 'respuestas.xlsx')
wb.save(answers)

out = os.path.join(folder, 'red.yaml')
run = subprocess.run([redes, 'survey', 'import', network_path, answers, '--date', '2026-03', '-o', out, '--format', 'json'],
                     capture_output=True, text=True)
if run.returncode != 0:
    sys.exit('import failed: ' + run.stderr)
summary = json.loads(run.stdout)
assert set(summary['non_respondents']) == {by_name[s] for s in silent}, summary['non_respondents']
names = {'yearly': 1, 'quarterly': 2, 'monthly': 3, 'weekly': 4}
got = {}
for tie in yaml.safe_load(open(out))['ties']:
    if tie['evidence']['status'] != 'reported':
        continue
    attributes = tie.get('attributes', {})
    got[tuple(sorted([tie['source'], tie['target']]))] = {
        'respondents': set(tie['evidence']['respondents']), 'frequency': names[attributes['frequency']],
        'channels': set(attributes['channels'].split('; ')) if 'channels' in attributes else set()}
if got != expected:
    sys.exit(f'the imported ties differ from the filled ones: {len(got)} imported, {len(expected)} filled')
print(f'openpyxl: drop-downs on colabora, frecuencia and canales; {len(expected)} filled ties imported exactly')
