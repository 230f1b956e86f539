package org.eduaid.kit.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MasksTest {

    @ParameterizedTest
    @CsvSource({
            "150424201203151236, 150424********1236",
            "15042420110908118x, 150424********118X",
            "' 150424201203151236 ', 150424********1236",
            "150424120315123, 150424******123",
            "12345, *****" })
    void idNumbersKeepRegionAndLastFourAndHideTheBirthDate(String number, String masked) {
        assertThat(Masks.residentIdNumber(number)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({
            "张三, 张*",
            "王小明, 王**",
            "欧阳娜娜, 欧阳**",
            "司马光, 司马*",
            // two characters: 欧 is the surname, 阳 the given name
            "欧阳, 欧*",
            "扎西次仁, 扎***",
            "阿依古丽·买买提, 阿***·***",
            "李, *",
            "' 赵 钱 ', 赵 *",
            "𠀋一, 𠀋*" })
    void namesKeepTheSurname(String name, String masked) {
        assertThat(Masks.personName(name)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({
            "13812345678, 138****5678",
            "138 1234 5678, 138****5678",
            "+86 138-1234-5678, +86 138****5678",
            "8613812345678, +86 138****5678",
            "0476-5123456, 0476-***3456",
            "010-62751234, 010-****1234",
            "(0891) 6832211, 0891-***2211",
            "5123456, ***3456",
            "110, ***" })
    void phonesKeepPrefixAndLastFour(String phone, String masked) {
        assertThat(Masks.phone(phone)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({
            "内蒙古自治区赤峰市林西县统部镇西山村3组15号, 内蒙古自治区赤峰市林西县统部镇****",
            "北京市海淀区中关村街道中关村大街27号, 北京市海淀区中关村街道****",
            "内蒙古自治区通辽市霍林郭勒市珠斯花街道团结小区5号楼, 内蒙古自治区通辽市霍林郭勒市珠斯花街道****",
            "阿拉善盟阿拉善左旗巴彦浩特镇王府街12号, 阿拉善盟阿拉善左旗巴彦浩特镇****",
            "西藏自治区日喀则市定日县扎西宗乡, 西藏自治区日喀则市定日县扎西宗乡",
            "广西壮族自治区百色市隆林各族自治县者浪乡弄福村, 广西壮族自治区百色市隆林各族自治县者浪乡****",
            // no township: kept down to the county, the street goes
            "赤峰市红山区兴安路乡村小区5号楼, 赤峰市红山区****",
            "赤峰市红山区永巨小区3号, 赤峰市红山区****",
            "林西县西山村3组, 林西县****",
            // nothing recognisable: all hidden
            "3组15号, ****",
            "'Room 5, 12 Zhongshan Road', ****" })
    void addressesKeepTheDivisionsDownToTheTownship(String address, String masked) {
        assertThat(Masks.address(address)).isEqualTo(masked);
    }

    @Test
    void nullStaysNull() {
        assertThat(Masks.residentIdNumber(null)).isNull();
        assertThat(Masks.personName(null)).isNull();
        assertThat(Masks.phone(null)).isNull();
        assertThat(Masks.address(null)).isNull();
    }
}
