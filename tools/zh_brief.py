"""Chinese translations of the briefing tab's and its settings dialog's new strings
(widgets/briefing/)."""

ZH = {
    "Work briefing": "工作简报",
    "Quarterly report": "季报",
    "Monthly report": "月报",
    "Save as Word…": "另存为 Word…",
    "Word": "Word",
    "Masthead and distribution…": "报头与报送…",
    "Problems and next steps: kept with the period and printed in section 8.":
        "存在问题和下步打算：随本期保存，印在简报第八部分。",
    "The period has no data.": "本期无数据。",
    "Section 8 (problems and next steps) is empty. Print the briefing without it?":
        "第八部分（存在问题和下步打算）尚未填写。仍要打印吗？",
    "PDF document (*.pdf)": "PDF 文档 (*.pdf)",
    "Word document (*.docx)": "Word 文档 (*.docx)",
    "Masthead and distribution": "报头与报送",
    "Masthead title": "报头名称",
    "Signed off by (签发)": "签发人",
    "Reported to (报)": "报",
    "Sent to (送)": "送",
    "Issued to (发)": "发",
    "Copies printed (共印N份)": "印数（共印N份）",
    "not printed": "不印",
}
