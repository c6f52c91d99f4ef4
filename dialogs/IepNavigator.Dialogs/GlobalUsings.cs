global using Microsoft.Bot.Builder;
global using Microsoft.Bot.Schema;
