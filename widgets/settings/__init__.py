"""The settings tab (系统设置): one pane per subject over the services of app/setup."""
