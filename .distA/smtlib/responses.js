export {};
//# sourceMappingURL=responses.js.map