; Inno Setup script: wraps the PyInstaller one-folder build (dist\ementor, from the spec in
; packaging\pyinstaller) in a per-user installer with a Start menu entry and an uninstaller.
;   iscc /DAppVersion=0.1.0 packaging\windows\ementor.iss   → dist\ementor-desktop-0.1.0-setup.exe
; Per-user by default (no administrator rights needed); the vault is never touched by the
; uninstaller: it lives in the user's data folder, not in the program folder.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{7E1B6C1E-3F0B-4C57-9F3A-6E0D2B7C4A10}
AppName=eMentor Desktop
AppVersion={#AppVersion}
AppPublisher=eMentor Desktop contributors
DefaultDirName={autopf}\eMentor Desktop
DefaultGroupName=eMentor Desktop
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=ementor-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\eMentor Desktop.exe
LicenseFile=..\..\LICENSE

[Files]
Source: "..\..\dist\ementor\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\eMentor Desktop"; Filename: "{app}\eMentor Desktop.exe"
Name: "{autodesktop}\eMentor Desktop"; Filename: "{app}\eMentor Desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\eMentor Desktop.exe"; Description: "{cm:LaunchProgram,eMentor Desktop}"; Flags: nowait postinstall skipifsilent
