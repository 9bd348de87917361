/**
 * The shape of the region's surnames and patronymics, in Cyrillic and Latin letters: Russian
 * -ов/-ева/-ин with Kazakh, Kyrgyz and Uzbek case endings after them, -enko, -zoda, -ович/-овна,
 * -ұлы/-қызы. Its own module so the name-list generator can list the dictionary words that have
 * this shape too («Один», «Снова», "Train").
 */
export const SURNAME_SHAPE = new RegExp(
  [
    // Kazakh, Kyrgyz and Uzbek case endings follow the Russian ones («Бекмағамбетоваға», «Тілеубердиевтің»).
    '^\\p{Lu}\\p{Ll}+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|енко|бекова?|баева?|заде|зода)(?:а|у|ым|ом|ой|ою|е|ых|ыми|им|ого|ому|ую|тың|тің|тан|тен|қа|ке|ға|ге|ның|нің|на|не|ны|ні|мен|пен|нинг|га|ни|дан|да|та)?$',
    // Uzbek Latin stems carry o‘ and g‘ apostrophes ("Yo'ldoshev", "Xo'jayeva").
    // Turkmen Latin (-ýew, -owa) and Kazakh Latin patronymics (-qyzy, -qızı, -ulı) too.
    "^\\p{Lu}[\\p{Ll}'ʻʼ‘’`]+(?:ov|ev|yev|iyev|ova|eva|yeva|iyeva|in|ina|enko|skiy|skaya|bekov|bekova|zoda|zade|uly|kyzy|ovich|ovna|evich|evna|ýew|ýewa|yýew|yýewa|ow|owa|ew|ewa|qyzy|qızı|kızı|ulı|uulu)$",
    '^\\p{Lu}\\p{Ll}+(?:ович|евич|ьич|овна|евна|ична|инична|ұлы|қызы|улы|кызы|uly|kyzy|ovna|evna)(?:а|у|ем|ом|е|ой|ы|ның|на|ға|ны)?$',
  ].join('|'),
  'u',
);
