# lit configuration for sysprune's tool tests: one folder per feature.
import os

import lit.formats

config.name = "sysprune"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".c", ".cpp", ".test"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.sysprune_obj_root, "test", "lit")

# FileCheck, not, split-file and count come from LLVM; sysprune from the build.
config.environment["PATH"] = os.pathsep.join(
    [config.sysprune_tools_dir, config.llvm_tools_dir, os.environ.get("PATH", "")])
config.environment["LC_ALL"] = "C"

config.substitutions.append(("%sysprune", os.path.join(config.sysprune_tools_dir, "sysprune")))
config.substitutions.append(("%examples", config.examples_dir))
config.substitutions.append(("%deny-seccomp", os.path.join(config.test_tools_dir, "deny-seccomp")))
config.substitutions.append(("%test_tools", config.test_tools_dir))
config.substitutions.append(("%clang", config.clang))
config.substitutions.append(("%src_root", config.sysprune_src_root))

if config.sanitized:
    config.available_features.add("sanitized")
