/** Notes the built-in prototypes as they are now; the function returned names each property added, removed or replaced since. */
export declare function watchPrototypes(): () => string[];
