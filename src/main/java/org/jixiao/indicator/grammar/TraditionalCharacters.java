package org.jixiao.indicator.grammar;

import java.util.HashMap;
import java.util.Map;

/**
 * Traditional characters mapped to their simplified form, one character to one character, so that sheets printed
 * in traditional script ({@code ≧98％}, {@code 5個工作日內}, {@code 不低於90%}, {@code 符合國家標準}) read like any
 * other: the readers and their vocabularies only ever see simplified text. It is a mapping of the characters that
 * occur in targets (numerals, units, comparison and calendar words, the words of qualitative phrases), not a list of
 * spellings: a new phrase made of mapped characters is read without another entry. The printed text is never
 * changed; only the text the readers work on is.
 */
final class TraditionalCharacters {

    // Position by position: TRADITIONAL[i] is written SIMPLIFIED[i].
    private static final String TRADITIONAL = "萬億兩貳參陸個臺檯項條戶張時鐘週歲畝噸裏裡於過內規範達標準確滿顯穩運維護實現後當" +
            "點數務質間價費資額預開發設備統網絡應響處辦證業級隊會議場區縣鄉鎮產節約續進報導療" +
            "醫農環綠蓋齊無損傷險訴評與為計劃執結擬則單幣據專總體積車輛塊頁冊筆類種門樓層線號" +
            "屆優廣舉錯誤問題覺學電話對雲機關傳輸儲庫碼驗測試檢認識換幫決勵風長這將還從讓並協" +
            "調營談訓練課圍團織壓縮減緩態勢況輕順暢餘屬歸檔圖書讀寫記錄顧聯繫係繼補貼獎懲嚴責" +
            "權須礎築動啟遷轉償銷購買賣貨鋪園純淨潔衛藥養愛兒齡貧災勞職員銀錢撥斷歷鬥麼嚮舊雙" +
            "雜難離邊適選遠遲連國際裝燈視頻頭賬帳夠較強極創廳擴獲畢貫饋殘盡聽觀";

    private static final String SIMPLIFIED = "万亿两贰参陆个台台项条户张时钟周岁亩吨里里于过内规范达标准确满显稳运维护实现后当" +
            "点数务质间价费资额预开发设备统网络应响处办证业级队会议场区县乡镇产节约续进报导疗" +
            "医农环绿盖齐无损伤险诉评与为计划执结拟则单币据专总体积车辆块页册笔类种门楼层线号" +
            "届优广举错误问题觉学电话对云机关传输储库码验测试检认识换帮决励风长这将还从让并协" +
            "调营谈训练课围团织压缩减缓态势况轻顺畅余属归档图书读写记录顾联系系继补贴奖惩严责" +
            "权须础筑动启迁转偿销购买卖货铺园纯净洁卫药养爱儿龄贫灾劳职员银钱拨断历斗么向旧双" +
            "杂难离边适选远迟连国际装灯视频头账账够较强极创厅扩获毕贯馈残尽听观";

    private static final Map<Character, Character> TO_SIMPLIFIED = toSimplified();

    private TraditionalCharacters() {
    }

    /** The simplified form of a character, or the character itself when it has none (or is already simplified). */
    static char simplified(char c) {
        return TO_SIMPLIFIED.getOrDefault(c, c);
    }

    /** Every character of the text in its simplified form. */
    static String simplified(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(simplified(text.charAt(i)));
        }
        return out.toString();
    }

    private static Map<Character, Character> toSimplified() {
        if (TRADITIONAL.length() != SIMPLIFIED.length()) {
            throw new IllegalStateException("the traditional and simplified tables differ in length");
        }
        Map<Character, Character> map = new HashMap<>();
        for (int i = 0; i < TRADITIONAL.length(); i++) {
            map.put(TRADITIONAL.charAt(i), SIMPLIFIED.charAt(i));
        }
        return Map.copyOf(map);
    }

}
