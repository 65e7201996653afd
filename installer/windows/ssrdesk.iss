; Inno Setup 6.3+ script: a per-user setup program for ssrdesk (no administrator rights needed).
; installer/build.py runs it after PyInstaller:
;   iscc /DAppVersion=0.1.0 /DSourceDir=...\dist\ssrdesk /DOutputDir=...\dist /DIconFile=...\resources\ssrdesk.ico ssrdesk.iss
; Installs into %LOCALAPPDATA%\Programs\ssrdesk ({autopf} for a per-user install), adds a Start menu
; shortcut and, if ticked, a desktop one. The uninstaller removes the app; the user's workspace
; (%LOCALAPPDATA%\ssrdesk: the student data, its backups, the log) stays unless the user answers Yes
; to the question it asks (default No).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\ssrdesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\resources\ssrdesk.ico"
#endif

[Setup]
; The AppId ties updates and the uninstaller to this app: never change it.
AppId={{0BF1275A-263F-4DB7-8E2D-878583ABEBD2}
AppName=ssrdesk
AppVersion={#AppVersion}
AppVerName=ssrdesk {#AppVersion}
AppPublisher=ssrdesk
DefaultDirName={autopf}\ssrdesk
DefaultGroupName=ssrdesk
DisableProgramGroupPage=yes
; No folder page: the app always goes to its own folder, so the uninstaller's whole-folder delete can never
; reach a folder a user typed (Documents, or the workspace itself).
DisableDirPage=yes
; Per user, no UAC prompt: {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=ssrdesk-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\ssrdesk.exe
UninstallDisplayName=ssrdesk
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An update closes a running ssrdesk first (it holds the workspace lock and its own files).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
english.RemoveWorkspace=Also delete your ssrdesk workspace?%n%nIt holds the imported student data, the Student Score Reports, the print and e-mail records and their backups:%n%n%1%n%nChoose No to keep it for a later installation (recommended).
spanish.RemoveWorkspace=¿Eliminar también su espacio de trabajo de ssrdesk?%n%nContiene los datos de los estudiantes importados, los informes de calificaciones, los registros de impresión y correo electrónico y sus copias de seguridad:%n%n%1%n%nElija No para conservarlo para una instalación posterior (recomendado).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the app's files whole: nothing of an older version's libraries stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\ssrdesk"; Filename: "{app}\ssrdesk.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\ssrdesk"; Filename: "{app}\ssrdesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\ssrdesk.exe"; Description: "{cm:LaunchProgram,ssrdesk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; What the app wrote beside itself (Python may leave compiled files); the folder is always the app's own
; (DisableDirPage=yes), never the workspace (see [Code]).
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"

[Code]
// The workspace folder as ssrdesk finds it: platformdirs.user_data_path("ssrdesk", appauthor=False).
function WorkspaceFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\ssrdesk');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    Folder := WorkspaceFolder();
    if not DirExists(Folder) then
      exit;
    // Default No; a silent uninstall (/SILENT /SUPPRESSMSGBOXES) keeps the workspace.
    if SuppressibleMsgBox(FmtMessage(CustomMessage('RemoveWorkspace'), [Folder]),
                          mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
    begin
      DelTree(Folder, True, True, True);
      // The app's settings (language, window sizes) written by Qt's QSettings.
      RegDeleteKeyIncludingSubkeys(HKCU, 'Software\ssrdesk');
    end;
  end;
end;
