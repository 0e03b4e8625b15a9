#!/usr/bin/env node
export declare const EXIT_OK = 0;
export declare const EXIT_USAGE = 1;
export declare const EXIT_INTERNAL = 2;
