"""Importing the vendor systems' exports: the 导入数据 dialog and the drop folder."""
