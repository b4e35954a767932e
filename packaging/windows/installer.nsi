; The Windows installer: packaging/make-bundle --target windows builds it with NSIS's
; makensis (Debian's nsis package) from the one-folder app, as
;   makensis -DVERSION=0.1.0 -DSOURCE=<folder> -DICON=<.ico> -DOUTFILE=<setup.exe> installer.nsi
;
; Per machine, into Program Files, with a Start-menu entry and an entry in Apps & Features.
; Silent with /S. Kiosk machines: /AUTOSTART (or the "Start at sign-in" box) starts the
; app when anyone signs in. Running a newer installer over an installed copy upgrades it in
; place; an older one refuses (exit code 2). See docs/clinic.md.

Unicode true
; a 64-bit installer: the 32-bit stub would write under Program Files (x86) and the
; 32-bit registry view
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "VERSION is not defined (makensis -DVERSION=...)"
!endif
!ifndef SOURCE
  !error "SOURCE is not defined (makensis -DSOURCE=<the app folder>)"
!endif
!ifndef ICON
  !error "ICON is not defined (makensis -DICON=<patient-viewer.ico>)"
!endif
!ifndef OUTFILE
  !error "OUTFILE is not defined (makensis -DOUTFILE=<setup.exe>)"
!endif

!define APP "Patient viewer"
!define EXE "patient-viewer.exe"
!define KEY "patient-viewer"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${KEY}"
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "WordFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP} installer"
VIAddVersionKey "LegalCopyright" "MIT licence; see LICENSE and licenses\ in the program folder"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_COMPONENTSPAGE_NODESC
!insertmacro MUI_PAGE_LICENSE "${SOURCE}\LICENSE.txt"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "${APP}" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; an upgrade replaces the program whole: files an older version had must not linger
  RMDir /r "$INSTDIR\_internal"
  RMDir /r "$INSTDIR\licenses"
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${APP} editors"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
  ; an upgrade without the kiosk option ends an earlier auto-start
  DeleteRegValue HKLM "${RUN_KEY}" "${KEY}"
SectionEnd

Section /o "Start at sign-in, for every user (kiosk machines)" SecAutostart
  WriteRegStr HKLM "${RUN_KEY}" "${KEY}" '"$INSTDIR\${EXE}"'
SectionEnd

; after the sections: it names one
Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP} needs 64-bit Windows." /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  ; an installed copy: upgrade it where it is, and never over a newer one
  ReadRegStr $0 HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $0 != ""
    StrCpy $INSTDIR $0
    ReadRegStr $1 HKLM "${UNINSTALL_KEY}" "DisplayVersion"
    ${VersionCompare} "${VERSION}" "$1" $2
    ${If} $2 == 2
      MessageBox MB_ICONSTOP "${APP} $1 is installed, which is newer than ${VERSION}. Nothing was changed." /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
  ${EndIf}
  ; /AUTOSTART on the command line ticks the kiosk option (silent installs have no page)
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/AUTOSTART" $1
  ${IfNot} ${Errors}
    SectionGetFlags ${SecAutostart} $1
    IntOp $1 $1 | ${SF_SELECTED}
    SectionSetFlags ${SecAutostart} $1
  ${EndIf}
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

; Removes exactly what the installer wrote. The clinic file and installed content packs
; under %ProgramData%\patient-viewer, and each user's own folder under %LOCALAPPDATA%,
; belong to IT and to the users: docs/clinic.md says where they are.
Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  DeleteRegValue HKLM "${RUN_KEY}" "${KEY}"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  RMDir /r "$INSTDIR\_internal"
  RMDir /r "$INSTDIR\licenses"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\patient-viewer-cli.exe"
  Delete "$INSTDIR\README.txt"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\SHA256SUMS"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
SectionEnd
