; Inno Setup script for a per-user Windows installer of the bundled application (no administrator
; rights needed: field laptops are often administered by someone else). Built by the bundle workflow
; (.github/workflows/bundle.yml) from the one-folder bundle; not built in this project's own CI.
#ifndef SourceDir
  #define SourceDir "..\dist\briefing-builder"
#endif

[Setup]
AppName=Briefing Builder
AppVersion=0.1.0
DefaultDirName={localappdata}\Programs\Briefing Builder
DefaultGroupName=Briefing Builder
PrivilegesRequired=lowest
OutputBaseFilename=briefing-builder-setup
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Briefing Builder"; Filename: "{app}\briefing-builder-gui.exe"
Name: "{group}\Briefing Builder sample"; Filename: "{app}\briefing-builder-gui.exe"; Parameters: """{app}\_internal\resources\samples\migration-initiatives-2017-sample.pdf"""
