import type { Localized } from '../../i18n/messages';

/**
 * Which cities and towns the layer shows: one rule, applied to every candidate
 * (docs/research/cities-under-fire.md lists them, in or out, with the reason the rule gives).
 * Shown with the layer's section of the map in words, and quoted in README.
 */
export const CITIES_RULE: Localized = {
  en: 'A Ukrainian city or town is on this layer if a report published on 1–4 March 2022, by the UN or by a news organisation on its own site (or by a newspaper or broadcaster carrying a news agency’s story under the agency’s byline), says that on 1, 2 or 3 March 2022 it was struck from the air or shelled, or its people were fired on by Russian forces, whatever the target. A night attack counts for the day it began. Fighting on the ground, occupation, encirclement or threats do not count on their own, nor does being named among cities with strikes “on and near” them without a report of the city itself. Each status names who reported it.',
  uk: 'Місто чи селище України потрапляє на цей шар, якщо в повідомленні, оприлюдненому 1–4 березня 2022 року ООН або новинним виданням на власному сайті (чи газетою або мовником, що передав матеріал інформаційного агентства під його підписом), сказано, що 1, 2 або 3 березня 2022 року по ньому завдали удару з повітря чи його обстріляли або що російські військові відкрили вогонь по його мешканцях, хоч би якою була ціль. Нічну атаку зараховують до дня, коли вона почалася. Самі лише наземні бої, окупація, оточення чи погрози не зараховуються, як і згадка серед міст, по яких і поблизу яких завдають ударів, без повідомлення про саме місто. У кожному статусі зазначено, хто про це повідомив.',
};
