#pragma once

#include "tool/driver/DiagnosticPrinter.h"

#include <clang/Tooling/CompilationDatabase.h>

#include <string>
#include <vector>

namespace sysprune::tool {

/// Whether \p Command compiles assembly (a `.s`, `.S`, `.sx` or `.asm` file,
/// or `-x assembler[-with-cpp]`): clang cannot scan it as C or C++.
bool compilesAssembly(const clang::tooling::CompileCommand &Command);

/// Takes the assembly sources out of \p Sources and returns the object
/// files the build made of them (absolute), to be modelled from their
/// machine code like a library's. An assembly source whose object file is
/// not there (not built yet) gets a note: its functions stay unmodelled,
/// and the calls into them say so.
std::vector<std::string>
takeAssemblySources(const clang::tooling::CompilationDatabase &Database,
                    std::vector<std::string> &Sources,
                    DiagnosticPrinter &Printer);

} // namespace sysprune::tool
