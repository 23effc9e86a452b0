import { boot } from './boot.ts';
import Embed from './Embed.svelte';

void boot(Embed, true);
