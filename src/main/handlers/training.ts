import type { Handlers } from './types';

export const trainingHandlers = {
  'training.get': (_input, ctx) => ({ active: ctx.mode.training }),

  'training.set': async (input, ctx) => {
    await ctx.mode.setTraining(input.active);
    return { active: ctx.mode.training };
  },
} satisfies Partial<Handlers>;
