# inlinea_add_qtest(<name> LABEL <unit|integration|gui|bench> SOURCES ... [LIBS ...] [TIMEOUT s])
# One Qt Test executable per class or feature, each run with isolated settings and data directories.
function(inlinea_add_qtest name)
  cmake_parse_arguments(T "" "LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
  target_compile_definitions(${name} PRIVATE
    INLINEA_SOURCE_DIR="${CMAKE_SOURCE_DIR}" INLINEA_BINARY_DIR="${CMAKE_BINARY_DIR}"
    INLINEA_SERVER_DIR="${INLINEA_SERVER_DIR}" INLINEA_PYTHON="${INLINEA_PYTHON}")
  inlinea_set_warnings(${name} RELAXED_STRINGS)
  add_test(NAME ${name} COMMAND ${name})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${T_LABEL}" TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false")
endfunction()
