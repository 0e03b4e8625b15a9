export {};
//# sourceMappingURL=problem.js.map