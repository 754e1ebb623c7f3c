; Inno Setup script: HallDesk (政务大厅督查台) for Windows 10/11, x64 (issue #22).
; Built by .github/workflows/windows.yml after PyInstaller has made the one-folder
; bundle with the same spec as Linux (packaging/halldesk.spec → build\dist\halldesk):
;   iscc /DAppVersion=0.1.0 packaging\windows\halldesk.iss
; Installs per machine under Program Files with a Start menu entry (halldesk-gui.exe:
; no console window); the command line is "C:\Program Files\HallDesk\halldesk.exe".
; Uninstalling removes the program only: the data stays in
; %LOCALAPPDATA%\HallDesk (the database, backups, logs), as on Linux.
; Not tested on Windows in this repository's CI here: see docs/install.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "政务大厅督查台"
#define BundleDir "..\..\build\dist\halldesk"

[Setup]
AppId={{6B0F3C52-7E1A-4D55-9C1B-2A7D4B0E8F31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} (HallDesk) {#AppVersion}
AppPublisher=HallDesk
DefaultDirName={autopf}\HallDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=halldesk-{#AppVersion}-setup
; made from halldesk.png by the workflow (Pillow)
SetupIconFile=..\halldesk.ico
UninstallDisplayIcon={app}\halldesk-gui.exe
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; No service, no autostart, nothing downloaded.

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\halldesk-gui.exe"
Name: "{group}\{#AppName} 公示屏"; Filename: "{app}\halldesk-gui.exe"; Parameters: "--display"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\halldesk-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\halldesk-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
