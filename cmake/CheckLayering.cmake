# cmake -DRULES=<name>.layering.cmake -P CheckLayering.cmake
#
# Fails when a file of a library includes a project header outside the
# prefixes the library may include (its folder and its dependencies', see
# SyspruneLibrary.cmake), or reaches outside its folder with "..". One error
# per include, located like a compiler's, then a summary.

include(${RULES})

# The prefixes every project header is included by; anything else
# (<vector>, <llvm/...>, "BuiltinModels.inc") is not the project's.
set(project_prefixes "policy/" "tool/" "runtime/" "sysprune/")

set(violations 0)
foreach(file IN LISTS FILES)
  file(STRINGS ${file} lines REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]")
  file(READ ${file} content)
  foreach(line IN LISTS lines)
    string(REGEX MATCH "[\"<]([^\">]+)[\">]" _ "${line}")
    set(header "${CMAKE_MATCH_1}")
    set(project_header FALSE)
    foreach(prefix IN LISTS project_prefixes)
      string(FIND "${header}" "${prefix}" at)
      if(at EQUAL 0)
        set(project_header TRUE)
      endif()
    endforeach()
    string(FIND "${header}" "../" up)
    if(NOT project_header AND up EQUAL -1)
      continue()
    endif()
    set(allowed_here FALSE)
    if(up EQUAL -1)
      foreach(prefix IN LISTS ALLOWED)
        string(FIND "${header}" "${prefix}" at)
        if(at EQUAL 0)
          set(allowed_here TRUE)
        endif()
      endforeach()
    endif()
    if(allowed_here)
      continue()
    endif()
    # The line number, for an editor to jump to.
    string(FIND "${content}" "${line}" at)
    string(SUBSTRING "${content}" 0 ${at} before)
    string(REGEX MATCHALL "\n" newlines "${before}")
    list(LENGTH newlines number)
    math(EXPR number "${number} + 1")
    file(RELATIVE_PATH shown ${ROOT} ${file})
    file(RELATIVE_PATH declared ${ROOT} ${DECLARED_IN})
    string(REPLACE ";" " " may "${ALLOWED}")
    if(DEPENDS)
      string(REPLACE ";" ", " deps "${DEPENDS}")
      set(deps "it depends on ${deps}")
    else()
      set(deps "it depends on no other library")
    endif()
    message("${shown}:${number}: error: ${LIBRARY} may not include "
            "\"${header}\"; it may include ${may} (${deps}, in "
            "${declared}): move the code to a library that may include "
            "it, or declare the dependency there if it points downward")
    math(EXPR violations "${violations} + 1")
  endforeach()
endforeach()
if(violations GREATER 0)
  message(FATAL_ERROR "${LIBRARY}: ${violations} include(s) against the "
                      "declared direction of the libraries")
endif()
