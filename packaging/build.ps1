# Build the Windows bundle and, with -Msi, the Windows Installer package.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 [-Msi] [-Wheelhouse C:\wheels]
#
# Needs: Python 3.11 or newer for Windows (x64) as "py -3"; for -Msi the WiX Toolset v5
# command-line tool ("dotnet tool install --global wix --version 5.*"). Run from any folder.
param(
    [switch]$Msi,
    [string]$Wheelhouse = ""
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

py -3 -m venv build\venv
if ($LASTEXITCODE) { throw "could not create build\venv" }
$python = "build\venv\Scripts\python.exe"
if ($Wheelhouse) {
    & $python -m pip install --no-index --find-links $Wheelhouse ".[bundle]"
} else {
    & $python -m pip install ".[bundle]"
}
if ($LASTEXITCODE) { throw "pip install failed" }
$version = & $python -c "import spinemet_desktop; print(spinemet_desktop.__version__)"

& $python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\spinemet-desktop.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }

# The bundle must start and work without a display, a network or a Python installation.
$data = Join-Path $env:TEMP ("spinemet-check-" + [guid]::NewGuid())
New-Item -ItemType Directory $data | Out-Null
$env:QT_QPA_PLATFORM = "offscreen"; $env:SPINEMET_DATA_DIR = $data
& dist\spinemet-desktop\spinemet-desktop-cli.exe --self-test
$failed = $LASTEXITCODE
Remove-Item Env:QT_QPA_PLATFORM, Env:SPINEMET_DATA_DIR
Remove-Item -Recurse -Force $data
if ($failed) { throw "the bundle's self-test failed" }

if ($Msi) {
    wix build packaging\windows\spinemet-desktop.wxs -arch x64 `
        -d Version=$version -d BundleDir=dist\spinemet-desktop `
        -o dist\spinemet-desktop-$version-x64.msi
    if ($LASTEXITCODE) { throw "wix build failed" }
    Write-Output "installer: dist\spinemet-desktop-$version-x64.msi"
}
