; The Windows installer of shopcrm: packs the folder `python packaging\build.py` made in
; dist\shopcrm into dist\shopcrm-setup-<version>.exe. build.py compiles this with Inno
; Setup's ISCC when it is installed; by hand:  iscc /DAppVersion=0.1.0 packaging\windows\shopcrm.iss
;
; The shop's data is not in the program's folder but in the user's own data folder
; (%LOCALAPPDATA%\shopcrm): installing a new version or uninstalling never touches it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root "..\.."

[Setup]
AppId={{11ABBEA8-B4B9-4960-B292-72096A66BEC9}
AppName=shopcrm
AppVersion={#AppVersion}
AppVerName=shopcrm {#AppVersion}
DefaultDirName={autopf}\shopcrm
DefaultGroupName=shopcrm
DisableProgramGroupPage=yes
; One shop PC, often one user: installing for her alone needs no administrator.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=shopcrm-setup-{#AppVersion}
SetupIconFile={#Root}\build\shopcrm.ico
UninstallDisplayIcon={app}\shopcrm.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; A running shopcrm is asked to close before its files are replaced.
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Chinese is a translation Inno Setup lists among its unofficial ones: copied into its
; Languages folder (jrsoftware.org/files/istrans), the installer speaks it too.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Root}\dist\shopcrm\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\shopcrm"; Filename: "{app}\shopcrm.exe"
Name: "{group}\{cm:UninstallProgram,shopcrm}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\shopcrm"; Filename: "{app}\shopcrm.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\shopcrm.exe"; Description: "{cm:LaunchProgram,shopcrm}"; Flags: nowait postinstall skipifsilent
