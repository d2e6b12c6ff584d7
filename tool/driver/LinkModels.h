#pragma once

#include "tool/driver/DiagnosticPrinter.h"

#include "policy/binary/RuntimeModels.h"
#include "policy/library/LibraryModel.h"
#include "policy/library/NameServices.h"
#include "policy/link/ProgramLinker.h"

#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace sysprune::tool {

/// What a link's options point into, kept alive until the link is done.
struct LinkModels {
  /// The program's libraries (--lib, and those it loads).
  std::vector<policy::LibraryModel> Libraries;
  /// The C library's, loader's and C++ runtime's, loaded when the link
  /// first needs them; RuntimeError says why they could not be.
  std::vector<policy::LibraryModel> Runtime;
  std::optional<std::string> RuntimeError;
  /// The name-service modules reachable lookups load, and their libraries.
  std::deque<policy::LibraryModel> NameServiceModules;
  policy::NameServiceConfig NameServices;
};

/// Points \p Options at the models of the libraries the program's calls
/// resolve into, which \p Models keeps: those of \p ToModel, from their
/// machine code, now; those of \p Target's runtime libraries and of the
/// name-service modules glibc loads, when the link first needs them.
/// Models are kept in \p ModelCache, by the library's contents, when it is
/// not empty. false, with the error printed, when a library of \p ToModel
/// cannot be modelled.
bool loadLinkModels(const std::vector<std::string> &ToModel,
                    policy::binary::RuntimeTarget Target,
                    const std::string &ModelCache, DiagnosticPrinter &Printer,
                    LinkModels &Models, policy::LinkOptions &Options);

} // namespace sysprune::tool
