import { boot } from './boot.ts';
import Explorer from './Explorer.svelte';

void boot(Explorer, false);
