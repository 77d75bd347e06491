/** The exit-code contract: 0 ok, 1 a quality gate crossed, 2 usage or input error. */
export const EXIT_OK = 0;
export const EXIT_GATE = 1;
export const EXIT_USAGE = 2;
