# Warnings for our own targets only (third-party headers come in as system includes).
# Pass RELAXED_STRINGS for tests, whose data tables read better with plain string literals.
function(inlinea_set_warnings target)
  cmake_parse_arguments(W "RELAXED_STRINGS" "" "" ${ARGN})
  # No -Wnull-dereference: with optimisation GCC 12 reports false positives inside QPointer and std::optional.
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
                                           -Wcast-align -Woverloaded-virtual -Wconversion
                                           -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
  if(INLINEA_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  # Qt's string literals and signal connections stay type-safe; forbid implicit casts from const char*.
  target_compile_definitions(${target} PRIVATE QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_KEYWORDS)
  if(NOT W_RELAXED_STRINGS)
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING)
  endif()
endfunction()
