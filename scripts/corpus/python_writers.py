"""The corpus's logical workbook written by openpyxl or XlsxWriter (Debian's python3-openpyxl,
python3-xlsxwriter): `python3 python_writers.py openpyxl|xlsxwriter logical.json out.xlsx`.
Each table on its own sheet at A1, dates as dates with a date format, date-times as serials under
a date-time format, errors as error cells, the way a pandas or ERP export script writes them."""

import datetime
import json
import sys

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"


def as_date(iso):
    return datetime.datetime.strptime(iso, "%Y-%m-%d")


def write_openpyxl(tables, out):
    from openpyxl import Workbook
    from openpyxl.worksheet.table import Table, TableStyleInfo
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for table in tables:
        sheet = book.create_sheet(table["name"])
        sheet.append(table["headers"])
        for row_index, row in enumerate(table["rows"], start=2):
            for column_index, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = sheet.cell(row=row_index, column=column_index)
                if "text" in value:
                    cell.value = value["text"]
                    cell.data_type = "s"
                elif "number" in value:
                    cell.value = value["number"]
                elif "date" in value:
                    cell.value = as_date(value["date"])
                    cell.number_format = DATE_FORMAT
                elif "dateTime" in value:
                    cell.value = value["dateTime"]
                    cell.number_format = DATETIME_FORMAT
                elif "boolean" in value:
                    cell.value = value["boolean"]
                elif "error" in value:
                    cell.value = value["error"]
                    cell.data_type = "e"
        last = get_column_letter(len(table["headers"])) + str(len(table["rows"]) + 1)
        part = Table(displayName=table["name"], ref="A1:" + last)
        part.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        sheet.add_table(part)
    book.save(out)


def write_xlsxwriter(tables, out):
    import xlsxwriter

    book = xlsxwriter.Workbook(out, {"strings_to_numbers": False, "strings_to_formulas": False})
    date_format = book.add_format({"num_format": DATE_FORMAT})
    datetime_format = book.add_format({"num_format": DATETIME_FORMAT})
    formulas = {"#N/A": "NA()", "#DIV/0!": "1/0", "#VALUE!": '"a"+1'}
    for table in tables:
        sheet = book.add_worksheet(table["name"])
        for row_index, row in enumerate(table["rows"], start=1):
            for column_index, value in enumerate(row):
                if value is None:
                    continue
                if "text" in value:
                    sheet.write_string(row_index, column_index, value["text"])
                elif "number" in value:
                    sheet.write_number(row_index, column_index, value["number"])
                elif "date" in value:
                    sheet.write_datetime(row_index, column_index, as_date(value["date"]), date_format)
                elif "dateTime" in value:
                    sheet.write_number(row_index, column_index, value["dateTime"], datetime_format)
                elif "boolean" in value:
                    sheet.write_boolean(row_index, column_index, value["boolean"])
                elif "error" in value:
                    sheet.write_formula(row_index, column_index, formulas[value["error"]], None, value["error"])
        # An empty table keeps one blank body row, as Excel keeps it: XlsxWriter refuses a table of headers alone (it warns and writes no table).
        sheet.add_table(0, 0, max(len(table["rows"]), 1), len(table["headers"]) - 1, {"name": table["name"], "columns": [{"header": header} for header in table["headers"]]})
    book.close()


if __name__ == "__main__":
    writer, source, out = sys.argv[1:4]
    with open(source, encoding="utf-8") as handle:
        logical = json.load(handle)
    {"openpyxl": write_openpyxl, "xlsxwriter": write_xlsxwriter}[writer](logical, out)
