@echo off
rem The `scanbay` CLI of an installed ScanBay on Windows (resources\bin\scanbay.cmd beside ScanBay.exe):
rem the app's own Electron runs the bundled CLI as plain Node.
setlocal
set "ELECTRON_RUN_AS_NODE=1"
"%~dp0..\..\ScanBay.exe" "%~dp0..\app.asar\dist\electron\cli.mjs" %*
exit /b %ERRORLEVEL%
