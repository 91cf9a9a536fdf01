import { RuleNames, type IArgdownPlugin, type IArgdownResponse } from '@argdown/core';

/**
 * Why this plugin exists: @argdown/core's ModelPlugin (dist/plugins/ModelPlugin.js) files the
 * author's names in plain objects — `getEquivalenceClass` does `ec = statements[title]; if (!ec)
 * statements[title] = …`, `getArgument` does the same with `argumentsDict[title]`, and the tag
 * listener with `response.tags[tag]`. A statement titled `[__proto__]` therefore "finds"
 * Object.prototype as its equivalence class, and the STATEMENT Exit listener writes `data`, `tags`
 * and `section` onto it (`[constructor]` writes onto the Object function, `[toString]` onto
 * Object.prototype.toString): every object in the process then seems to have that data, and
 * loading and saving maps fail until a restart.
 *
 * ModelPlugin makes those objects on the `argdown` rule's Entry event. Added after it, this plugin
 * listens to the same event (the tree walker calls listeners in the order plugins were added) and
 * swaps them for objects without a prototype, before the first statement is visited: a title is
 * then only ever a key, `__proto__` included, and the statement keeps its name as plain text.
 */
export function titleDictionariesWithoutPrototype(): IArgdownPlugin {
  return {
    name: 'TitleDictionariesWithoutPrototype',
    ruleListeners: {
      [`${RuleNames.ARGDOWN}Entry`]: (_request, response: IArgdownResponse) => {
        response.statements = Object.create(null) as IArgdownResponse['statements'];
        response.arguments = Object.create(null) as IArgdownResponse['arguments'];
        response.tags = Object.create(null) as IArgdownResponse['tags'];
      },
    },
  };
}
